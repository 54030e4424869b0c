package jp.pmark.workflow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The tests' mail server port, chosen once per JVM and given to every application context
 * as {@code spring.mail.port} (src/test/resources/META-INF/spring.factories): the letter
 * tests start GreenMail on it (letter.LetterMailTest) in the one shared context, since a
 * second context would take over the engine's name "default" from the first.
 */
public class TestMailPort implements EnvironmentPostProcessor {

	/** The port. */
	public static final int PORT = freePort();

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.containsProperty("spring.mail.port")) {
			environment.getPropertySources()
				.addLast(new MapPropertySource("testMailPort", Map.of("spring.mail.port", PORT)));
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
