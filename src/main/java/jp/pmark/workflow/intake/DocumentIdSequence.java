package jp.pmark.workflow.intake;

import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.stereotype.Component;

/**
 * Migration 8: the ids of submitted documents come from a sequence handed out fifty at a
 * time, so that the sixteen documents of an application are written in one batch (an
 * identity column makes Hibernate write them one by one, reading each id back). The
 * sequence starts after the largest id the identity column gave. Written in Java because
 * H2 and PostgreSQL start a sequence at a computed value differently.
 */
@Component
class DocumentIdSequence implements JavaMigration {

	/** Ids taken from the sequence at a time; the entity's allocation size. */
	static final int ALLOCATION = 50;

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("8");
	}

	@Override
	public String getDescription() {
		return "submitted document ids from a sequence";
	}

	@Override
	public Integer getChecksum() {
		return 8_050;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		try (Statement statement = context.getConnection().createStatement()) {
			long next;
			try (ResultSet row = statement.executeQuery("select coalesce(max(id), 0) + 1 from submitted_document")) {
				row.next();
				next = row.getLong(1);
			}
			statement
				.execute("create sequence submitted_document_seq start with " + next + " increment by " + ALLOCATION);
		}
	}

}
