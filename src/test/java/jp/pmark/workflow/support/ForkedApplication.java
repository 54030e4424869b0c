package jp.pmark.workflow.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The application in a JVM of its own, as a node of a production installation: started on
 * a database the test gives, answering on its own port, and killable the way a crashed or
 * unplugged machine stops ({@link #kill}). Its log is kept in
 * {@code target/forked/<name>.log}.
 */
public final class ForkedApplication implements AutoCloseable {

	/** The first administrator every forked node is told about. */
	public static final String ADMIN = "fork-admin";

	/** Its password (test-only). */
	public static final String ADMIN_PASSWORD = "Night-harbor-7ships!";

	private final String name;

	private final int port;

	private final Process process;

	private final Path log;

	private final HttpClient http = HttpClient.newHttpClient();

	private ForkedApplication(String name, int port, Process process, Path log) {
		this.name = name;
		this.port = port;
		this.process = process;
		this.log = log;
	}

	/**
	 * Starts a node on the database (profile {@code postgres}) with the given extra
	 * arguments; returns at once (see {@link #awaitUp}).
	 */
	public static ForkedApplication start(String name, String jdbcUrl, List<String> arguments) throws IOException {
		int port = freePort();
		Path log = Path.of("target", "forked", name + ".log");
		Files.createDirectories(log.getParent());
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx512m");
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-DSYUKUJITSU_URL=file:///nonexistent/syukujitsu.csv");
		command.add("-cp");
		// without empty entries: an empty entry is the working directory, whose bpmn/
		// would be deployed a second time
		command.add(java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
			.filter((entry) -> !entry.isBlank())
			.collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator)));
		command.add("jp.pmark.workflow.PmarkWorkflowApplication");
		command.add("--spring.profiles.active=postgres");
		command.add("--spring.datasource.url=" + jdbcUrl);
		command.add("--spring.datasource.username=postgres");
		command.add("--spring.datasource.password=");
		command.add("--spring.datasource.hikari.maximum-pool-size=10");
		command.add("--server.port=" + port);
		command.add("--camunda.bpm.generic-properties.properties.hostname=" + name);
		command.add("--logging.level.root=warn");
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
		Map<String, String> environment = builder.environment();
		environment.put("PMARK_ADMIN_USER", ADMIN);
		environment.put("PMARK_ADMIN_PASSWORD", ADMIN_PASSWORD);
		return new ForkedApplication(name, port, builder.start(), log);
	}

	/** Waits until the node answers HTTP; fails with its log when it died or hung. */
	public ForkedApplication awaitUp(Duration timeout) throws Exception {
		Instant until = Instant.now().plus(timeout);
		while (Instant.now().isBefore(until)) {
			if (!this.process.isAlive()) {
				throw new AssertionError(this.name + " stopped with " + this.process.exitValue() + ":\n" + logTail());
			}
			try {
				HttpResponse<Void> answer = this.http
					.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/engine-rest/version"))
						.header("Authorization", basic(ADMIN, ADMIN_PASSWORD))
						.GET()
						.build(), HttpResponse.BodyHandlers.discarding());
				if (answer.statusCode() == 200) {
					return this;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new AssertionError(this.name + " did not come up in " + timeout + ":\n" + logTail());
	}

	public String baseUrl() {
		return "http://localhost:" + this.port;
	}

	public String name() {
		return this.name;
	}

	/** The last lines of the node's log. */
	public String logTail() {
		try {
			List<String> lines = Files.readAllLines(this.log, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex + ")";
		}
	}

	/** Stops the JVM at once, as a crash would: no shutdown hook, no commit. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
			kill();
		}
	}

	public static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
