package jp.pmark.workflow.registration;

import java.util.List;

import jp.pmark.workflow.common.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * A registration's status and its journal (GEN-1): every change of status is written with
 * who and why, and a suspended registration keeps its status until the suspension ends
 * (INC-6).
 */
@Component
class RegistrationStatusLog {

	private final RegistrationRepository registrations;

	private final RegistrationEventRepository events;

	private final CurrentUser currentUser;

	RegistrationStatusLog(RegistrationRepository registrations, RegistrationEventRepository events,
			CurrentUser currentUser) {
		this.registrations = registrations;
		this.events = events;
		this.currentUser = currentUser;
	}

	/** Sets the status for the person acting now. */
	void set(Registration registration, RegistrationStatus status, String detail) {
		set(registration, status, this.currentUser.id(), detail);
	}

	/**
	 * Sets the status; a suspended registration keeps it, and what its life cycle would
	 * have made of it is noted (the end of the suspension works it out from the dates).
	 */
	void set(Registration registration, RegistrationStatus status, String actor, String detail) {
		if (LifecycleRules.keepsSuspension(registration.getStatus(), status)) {
			write(registration, actor, "WHILE_SUSPENDED",
					"一時停止中のため状態は変えません（" + status.japaneseName() + ((detail == null) ? "" : "：" + detail) + "）");
			return;
		}
		change(registration, status, actor, detail);
	}

	/** Sets the status whatever it was (the end of a suspension). */
	void change(Registration registration, RegistrationStatus status, String actor, String detail) {
		registration.setStatus(status);
		this.registrations.save(registration);
		write(registration, actor, status.name(), status.japaneseName() + ((detail == null) ? "" : "：" + detail));
	}

	/** Writes an event for the person acting now. */
	void write(Registration registration, String event, String detail) {
		write(registration, this.currentUser.id(), event, detail);
	}

	void write(Registration registration, String actor, String event, String detail) {
		this.events.save(new RegistrationEvent(registration.getId(), actor, event, detail));
	}

	List<RegistrationEvent> of(Registration registration) {
		return this.events.findByRegistrationIdOrderById(registration.getId());
	}

}
