# Builds and runs pmark-workflow (used by docker-compose.yml's 'app').
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY bpmn bpmn
COPY forms forms
RUN ./mvnw -B -q -DskipTests package && cp target/pmark-workflow-*.jar /app.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 1001 pmark
USER pmark
WORKDIR /app
COPY --from=build /app.jar app.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
