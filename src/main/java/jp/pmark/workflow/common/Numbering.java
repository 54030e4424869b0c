package jp.pmark.workflow.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out numbers that never repeat, per kind and year: {@code PM2026-0001} for
 * applications, {@code INV2026-00001} for invoices. The row of the kind and year is
 * locked while a number is taken; the first number of a kind and year creates the row in
 * a transaction of its own, so that two nodes taking it at the same moment both get a
 * number and neither resets the other's counter.
 */
@Service
public class Numbering {

	private final NumberSequenceRepository sequences;

	private final TransactionTemplate separately;

	private final JdbcTemplate jdbc;

	Numbering(NumberSequenceRepository sequences, PlatformTransactionManager transactions, JdbcTemplate jdbc) {
		this.sequences = sequences;
		this.jdbc = jdbc;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The next number, in the caller's transaction: the counter's row stays locked until
	 * that transaction ends, and a transaction that rolls back gives its number back.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public String next(String prefix, int year, int digits) {
		NumberSequence.Key key = new NumberSequence.Key(prefix, year);
		NumberSequence sequence = this.sequences.lockByKey(key).orElseGet(() -> {
			create(key);
			return this.sequences.lockByKey(key).orElseThrow();
		});
		long value = sequence.take();
		return String.format(Locale.ROOT, "%s%d-%0" + digits + "d", prefix, year, value);
	}

	/**
	 * Locks the counter of a kind and year until the caller's transaction ends, without
	 * taking a number: whoever records a new case of that kind waits, so that a request
	 * can first look whether the same case was just recorded by another.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void lock(String prefix, int year) {
		NumberSequence.Key key = new NumberSequence.Key(prefix, year);
		if (this.sequences.lockByKey(key).isEmpty()) {
			create(key);
			this.sequences.lockByKey(key).orElseThrow();
		}
	}

	/**
	 * The next number, taken and committed at once, for a request that does much more
	 * work after it (an intake storing its files and starting its process): the counter
	 * is locked for a moment, not for the whole request. A request refused after its
	 * number was taken leaves a gap in the numbers, never a repeat.
	 */
	public String nextCommitted(String prefix, int year, int digits) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return this.separately.execute((status) -> next(prefix, year, digits));
		}
		// outside any transaction: two statements on a connection of its own, without
		// opening a persistence context (a fifth of an intake's CPU went into one)
		NumberSequence.Key key = new NumberSequence.Key(prefix, year);
		Long value = this.jdbc.execute((ConnectionCallback<Long>) (connection) -> takeCommitted(connection, key));
		if (value == null) {
			create(key);
			value = this.jdbc.execute((ConnectionCallback<Long>) (connection) -> takeCommitted(connection, key));
		}
		return String.format(Locale.ROOT, "%s%d-%0" + digits + "d", prefix, year, value);
	}

	/**
	 * Takes the next value of a counter and commits at once: the update locks the row
	 * until the commit, so that the value read back is this transaction's. Null when the
	 * counter does not exist yet.
	 */
	private static Long takeCommitted(Connection connection, NumberSequence.Key key) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try {
			Long value = null;
			try (PreparedStatement update = connection.prepareStatement(
					"update number_sequence set next_value = next_value + 1 where name = ? and seq_year = ?")) {
				update.setString(1, key.name());
				update.setInt(2, key.year());
				if (update.executeUpdate() == 1) {
					try (PreparedStatement select = connection
						.prepareStatement("select next_value from number_sequence where name = ? and seq_year = ?")) {
						select.setString(1, key.name());
						select.setInt(2, key.year());
						try (ResultSet row = select.executeQuery()) {
							row.next();
							value = row.getLong(1) - 1;
						}
					}
				}
			}
			connection.commit();
			return value;
		}
		catch (SQLException | RuntimeException ex) {
			connection.rollback();
			throw ex;
		}
		finally {
			connection.setAutoCommit(autoCommit);
		}
	}

	private void create(NumberSequence.Key key) {
		try {
			// a plain insert, never a merge: a merge that finds the row another
			// transaction just created would write its counter back to 1
			this.separately.executeWithoutResult((status) -> this.jdbc.update(
					"insert into number_sequence (name, seq_year, next_value) values (?, ?, 1)", key.name(),
					key.year()));
		}
		catch (DataIntegrityViolationException ex) {
			// another transaction created the row at the same moment: it is there now
		}
	}

}
