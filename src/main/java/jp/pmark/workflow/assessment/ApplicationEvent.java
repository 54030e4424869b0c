package jp.pmark.workflow.assessment;

import jp.pmark.workflow.common.JournalEntry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An entry of an application's journal (see {@link JournalEntry}). */
@Entity
@Table(name = "application_event")
public class ApplicationEvent extends JournalEntry {

	@Column(name = "application_id", nullable = false)
	private Long applicationId;

	protected ApplicationEvent() {
	}

	ApplicationEvent(Long applicationId, String actor, String event, String detail) {
		super(actor, event, detail);
		this.applicationId = applicationId;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

}
