package jp.pmark.workflow.common;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Nodes sharing one PostgreSQL start one at a time: from the moment its configuration is
 * read until it is ready, a node holds a PostgreSQL advisory lock, so that the engine's
 * schema is created once, the first administrator, the groups and their grants are
 * written once, the models are deployed once and the demo is seeded once, however many
 * nodes start at the same moment on an empty database. A node that starts while another
 * starts waits for it (a node that crashes mid-start releases the lock with its
 * connection). On other databases (the embedded H2 of one node) nothing is locked.
 */
public class StartupLock implements ApplicationListener<SpringApplicationEvent> {

	/** The advisory lock's key: any number no other user of the database takes. */
	static final long KEY = 727_520_261L;

	private static final Log LOG = LogFactory.getLog(StartupLock.class);

	private Connection connection;

	@Override
	public void onApplicationEvent(SpringApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			acquire(prepared.getEnvironment());
		}
		else if (event instanceof ApplicationReadyEvent || event instanceof ApplicationFailedEvent) {
			release();
		}
	}

	private synchronized void acquire(ConfigurableEnvironment environment) {
		String url;
		String user;
		String password;
		try {
			url = environment.getProperty("spring.datasource.url");
			user = environment.getProperty("spring.datasource.username");
			password = environment.getProperty("spring.datasource.password");
		}
		catch (IllegalArgumentException ex) {
			// not configured here (a placeholder without its value, e.g. a test that
			// gives
			// its own data source): the start itself will say what is missing
			return;
		}
		if (url == null || !url.startsWith("jdbc:postgresql:") || this.connection != null) {
			return;
		}
		try {
			this.connection = DriverManager.getConnection(url, user, password);
			try (Statement statement = this.connection.createStatement()) {
				boolean taken;
				try (ResultSet result = statement.executeQuery("select pg_try_advisory_lock(" + KEY + ")")) {
					taken = result.next() && result.getBoolean(1);
				}
				if (!taken) {
					LOG.info("Another node is starting on this database: waiting until it is ready");
					statement.execute("select pg_advisory_lock(" + KEY + ")");
				}
			}
		}
		catch (SQLException ex) {
			// the database is not reachable yet: the start fails on it with a clearer
			// message than a lock could give
			LOG.warn("Could not take the startup lock: " + ex.getMessage());
			release();
		}
	}

	private synchronized void release() {
		if (this.connection == null) {
			return;
		}
		try {
			this.connection.close();
		}
		catch (SQLException ex) {
			LOG.warn("Could not release the startup lock: " + ex.getMessage());
		}
		this.connection = null;
	}

}
