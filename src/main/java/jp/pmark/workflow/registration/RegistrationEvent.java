package jp.pmark.workflow.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jp.pmark.workflow.common.JournalEntry;

/** An entry of a registration's journal (see {@link JournalEntry}). */
@Entity
@Table(name = "registration_event")
public class RegistrationEvent extends JournalEntry {

	@Column(name = "registration_id", nullable = false)
	private Long registrationId;

	protected RegistrationEvent() {
	}

	RegistrationEvent(Long registrationId, String actor, String event, String detail) {
		super(actor, event, detail);
		this.registrationId = registrationId;
	}

	public Long getRegistrationId() {
		return this.registrationId;
	}

}
