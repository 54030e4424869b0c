package jp.pmark.workflow.common;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * GEN-1: a form's view ({@link FormView}, task-local variables) is a copy of the
 * product's records made for the screen, so the engine's history does not keep it. Every
 * other history event is written as before. Kept, each task of a case would copy the case
 * summary (applicant, representative, contact, telephone, e-mail) into the history for
 * ten years, three rows per view field; the product's tables and journals are the record
 * of a case, and the history keeps who did which task when.
 */
@Component
class FormViewHistory extends AbstractProcessEnginePlugin {

	private final ObjectProvider<TaskForms> forms;

	private volatile Set<String> views;

	FormViewHistory(ObjectProvider<TaskForms> forms) {
		this.forms = forms;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<HistoryEventHandler> handlers = new ArrayList<>();
		if (configuration.getCustomHistoryEventHandlers() != null) {
			handlers.addAll(configuration.getCustomHistoryEventHandlers());
		}
		handlers.add(new WithoutViews(new DbHistoryEventHandler()));
		configuration.setCustomHistoryEventHandlers(handlers);
		configuration.setEnableDefaultDbHistoryEventHandler(false);
	}

	/** True for an event of a view variable: task-local, named as a form's view. */
	boolean isView(HistoryEvent event) {
		return event instanceof HistoricVariableUpdateEventEntity variable && variable.getTaskId() != null
				&& views().contains(variable.getVariableName());
	}

	private Set<String> views() {
		Set<String> known = this.views;
		if (known == null) {
			known = new HashSet<>();
			for (TaskForm<?> form : this.forms.getObject().taskForms()) {
				known.addAll(form.contract().views());
				known.addAll(form.contract().prefills());
			}
			this.views = Set.copyOf(known);
		}
		return known;
	}

	private final class WithoutViews implements HistoryEventHandler {

		private final HistoryEventHandler database;

		WithoutViews(HistoryEventHandler database) {
			this.database = database;
		}

		@Override
		public void handleEvent(HistoryEvent event) {
			if (!isView(event)) {
				this.database.handleEvent(event);
			}
		}

		@Override
		public void handleEvents(List<HistoryEvent> events) {
			for (HistoryEvent event : events) {
				handleEvent(event);
			}
		}

	}

}
