package jp.pmark.workflow.robustness;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * JIPDEC's reporting endpoint (JIP-1) for forked nodes, in the test's own JVM: it
 * acknowledges every report, so that an eligible case goes on to wait for its
 * registration (JIP-2). JIPDEC is not ours.
 */
final class JipdecStandIn implements AutoCloseable {

	private final HttpServer server;

	private final AtomicInteger received = new AtomicInteger();

	private JipdecStandIn(HttpServer server) {
		this.server = server;
	}

	static JipdecStandIn start() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		JipdecStandIn standIn = new JipdecStandIn(server);
		server.createContext("/reports", (exchange) -> {
			exchange.getRequestBody().readAllBytes();
			byte[] answer = ("{\"acknowledgement\":\"JIP-ACK-" + standIn.received.incrementAndGet() + "\"}")
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, answer.length);
			exchange.getResponseBody().write(answer);
			exchange.close();
		});
		server.start();
		return standIn;
	}

	/** The node's argument that sends its reports here. */
	String argument() {
		return "--pmark.jipdec.report-url=http://localhost:" + this.server.getAddress().getPort() + "/reports";
	}

	int received() {
		return this.received.get();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
