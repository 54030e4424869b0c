package jp.pmark.workflow.support;

import java.io.File;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A real PostgreSQL (the same major version as docker-compose.yml's image), started from
 * the binaries on the test classpath, as the application's data source.
 *
 * <p>
 * The server is a bean the data source depends on, so Spring closes the engine and the
 * pool before it stops the server (stopped from a JVM shutdown hook instead, it could go
 * first and leave the engine waiting for a connection).
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgresDatabase {

	/** The application's database in the embedded server. */
	public static final String DATABASE = "pmark";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres() throws IOException, SQLException {
		return start();
	}

	@Bean(destroyMethod = "close")
	@Primary
	DataSource dataSource(EmbeddedPostgres postgres) {
		return dataSource(postgres, 20);
	}

	/** Starts a server with an empty application database. */
	public static EmbeddedPostgres start() throws IOException, SQLException {
		return start(EmbeddedPostgres.builder());
	}

	/**
	 * Starts a server with an empty application database that writes the plan of every
	 * statement slower than the given milliseconds, with its actual times, to the given
	 * log file (PostgreSQL's auto_explain).
	 */
	public static EmbeddedPostgres startExplaining(int slowerThanMillis, File log) throws IOException, SQLException {
		return start(EmbeddedPostgres.builder()
			.setServerConfig("shared_preload_libraries", "auto_explain")
			.setServerConfig("auto_explain.log_min_duration", slowerThanMillis + "ms")
			.setServerConfig("auto_explain.log_analyze", "on")
			.setServerConfig("auto_explain.log_buffers", "on")
			.setServerConfig("logging_collector", "on")
			.setServerConfig("log_directory", log.getAbsoluteFile().getParent())
			.setServerConfig("log_filename", log.getName()));
	}

	private static EmbeddedPostgres start(EmbeddedPostgres.Builder builder) throws IOException, SQLException {
		EmbeddedPostgres postgres = builder.setRegisterShutdownHook(false).start();
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + DATABASE);
		}
		return postgres;
	}

	/**
	 * A connection pool on the application database, as the 'postgres' profile makes one.
	 */
	public static HikariDataSource dataSource(EmbeddedPostgres postgres, int poolSize) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(poolSize);
		return dataSource;
	}

}
