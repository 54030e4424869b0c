package jp.pmark.workflow.common;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import jp.pmark.workflow.guard.RuleId;
import jp.pmark.workflow.guard.RuleViolation;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;

import org.springframework.stereotype.Component;

/**
 * GEN-2 before the database: every text the product stores fits its column and carries no
 * control character. The lengths are read from the database the migrations built (the
 * migrations are the one place a length is declared), so a check can never disagree with
 * the column. Doors check their own fields by name ({@link #check}); every row written is
 * checked once more before it reaches the database, so that a text nobody checked is a
 * refusal naming the attribute, never a database error.
 */
@Component
public class StoredTexts {

	private final DataSource dataSource;

	private final SessionFactoryImplementor sessions;

	private volatile Map<String, Integer> lengths;

	StoredTexts(DataSource dataSource, EntityManagerFactory entityManagers) {
		this.dataSource = dataSource;
		this.sessions = entityManagers.unwrap(SessionFactoryImplementor.class);
		Listener listener = new Listener();
		EventListenerRegistry registry = this.sessions.getServiceRegistry().requireService(EventListenerRegistry.class);
		registry.appendListeners(EventType.PRE_INSERT, listener);
		registry.appendListeners(EventType.PRE_UPDATE, listener);
	}

	/**
	 * Refuses a text that would not fit the column an entity's attribute is stored in, or
	 * that holds a control character.
	 * @param field the field's name at the door, e.g. {@code applicant.postalCode}
	 * @param value the text as it will be stored (null and empty pass)
	 * @param entity the entity the text is stored in
	 * @param attribute the entity's attribute
	 */
	public void check(Rules rules, String field, String value, Class<?> entity, String attribute) {
		rules.add(violation(field, value, maxLength(entity, attribute)));
	}

	/** The most characters the attribute's column holds, if it is limited. */
	public Optional<Integer> maxLength(Class<?> entity, String attribute) {
		AbstractEntityPersister persister = (AbstractEntityPersister) this.sessions.getMappingMetamodel()
			.getEntityDescriptor(entity);
		String[] columns = persister.getPropertyColumnNames(attribute);
		if (columns.length != 1) {
			return Optional.empty();
		}
		return Optional.ofNullable(lengths().get(key(persister.getTableName(), columns[0])));
	}

	/** A text refused for a control character or for its length, or none. */
	public static Optional<RuleViolation> violation(String field, String value, Optional<Integer> maxLength) {
		if (value == null || value.isEmpty()) {
			return Optional.empty();
		}
		Optional<RuleViolation> control = controlCharacter(field, value);
		if (control.isPresent()) {
			return control;
		}
		int length = value.codePointCount(0, value.length());
		if (maxLength.isPresent() && length > maxLength.get()) {
			return Optional.of(RuleViolation.of(field, RuleId.GEN_2, "most-characters", maxLength.get(), length));
		}
		return Optional.empty();
	}

	/**
	 * Refuses NUL and the other control characters (tab and line breaks are text), and
	 * unpaired surrogates, which no database stores as sent.
	 */
	public static Optional<RuleViolation> controlCharacter(String field, String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || (c >= 0x80 && c < 0xA0);
			boolean unpaired = Character.isHighSurrogate(c)
					? !(i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1)))
					: Character.isLowSurrogate(c) && !(i > 0 && Character.isHighSurrogate(value.charAt(i - 1)));
			if (control || unpaired) {
				return Optional.of(RuleViolation.of(field, RuleId.GEN_2, "control-character", (i + 1)));
			}
		}
		return Optional.empty();
	}

	private void checkRow(EntityPersister persister, Object[] state) {
		if (!(persister instanceof AbstractEntityPersister entity)) {
			return;
		}
		String[] names = entity.getPropertyNames();
		List<RuleViolation> violations = new ArrayList<>();
		for (int i = 0; i < names.length; i++) {
			if (state[i] instanceof String text) {
				String[] columns = entity.getPropertyColumnNames(i);
				Optional<Integer> max = (columns.length == 1)
						? Optional.ofNullable(lengths().get(key(entity.getTableName(), columns[0]))) : Optional.empty();
				violation(names[i], text, max).ifPresent(violations::add);
			}
		}
		RuleViolationException.throwIfAny(violations);
	}

	private Map<String, Integer> lengths() {
		Map<String, Integer> known = this.lengths;
		if (known == null) {
			known = readLengths();
			this.lengths = known;
		}
		return known;
	}

	private Map<String, Integer> readLengths() {
		Map<String, Integer> read = new HashMap<>();
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			try (ResultSet columns = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
				while (columns.next()) {
					int type = columns.getInt("DATA_TYPE");
					boolean limited = type == Types.VARCHAR || type == Types.CHAR || type == Types.NVARCHAR
							|| type == Types.NCHAR;
					int size = columns.getInt("COLUMN_SIZE");
					if (limited && size > 0 && size < Integer.MAX_VALUE) {
						read.put(key(columns.getString("TABLE_NAME"), columns.getString("COLUMN_NAME")), size);
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot read the column lengths", ex);
		}
		return Map.copyOf(read);
	}

	private static String key(String table, String column) {
		return (unquoted(table) + "." + unquoted(column)).toLowerCase(Locale.ROOT);
	}

	private static String unquoted(String name) {
		String plain = name.replace("\"", "").replace("`", "");
		int dot = plain.lastIndexOf('.');
		return (dot < 0) ? plain : plain.substring(dot + 1);
	}

	private final class Listener implements PreInsertEventListener, PreUpdateEventListener {

		private static final long serialVersionUID = 1L;

		@Override
		public boolean onPreInsert(PreInsertEvent event) {
			checkRow(event.getPersister(), event.getState());
			return false;
		}

		@Override
		public boolean onPreUpdate(PreUpdateEvent event) {
			checkRow(event.getPersister(), event.getState());
			return false;
		}

	}

}
