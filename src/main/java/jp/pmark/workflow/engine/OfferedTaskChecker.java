package jp.pmark.workflow.engine;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskFollowUpDateCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * A command checker beside Camunda's own: where the engine checks whether a person may
 * read or work a task, this checks that the task is offered to them (see
 * {@link TaskOffer}). Camunda's grants say a group may work a process's tasks; this says
 * which of them.
 * <p>
 * Why internals: command checkers are the engine's internal extension point for
 * authorization; its methods are matched by name, so {@code EngineRoomTest} fails when an
 * update renames them.
 */
final class OfferedTaskChecker implements InvocationHandler {

	private final Set<String> oversightGroups;

	private final TaskAccessRules rules;

	private OfferedTaskChecker(Set<String> oversightGroups, TaskAccessRules rules) {
		this.oversightGroups = oversightGroups;
		this.rules = rules;
	}

	/**
	 * The checker: every method of {@link CommandChecker} but the task checks does
	 * nothing.
	 */
	static CommandChecker create(Set<String> oversightGroups, TaskAccessRules rules) {
		return (CommandChecker) Proxy.newProxyInstance(CommandChecker.class.getClassLoader(),
				new Class<?>[] { CommandChecker.class }, new OfferedTaskChecker(oversightGroups, rules));
	}

	@Override
	public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
		if (method.getDeclaringClass() == Object.class) {
			return switch (method.getName()) {
				case "equals" -> proxy == args[0];
				case "hashCode" -> System.identityHashCode(proxy);
				default -> "OfferedTaskChecker";
			};
		}
		if (args == null || args.length != 1 || !(args[0] instanceof TaskEntity task)) {
			return null;
		}
		switch (method.getName()) {
			case "checkTaskWork", "checkUpdateTaskVariable" -> {
				String user = TaskOffer.checkedUser();
				if (user != null) {
					TaskOffer.of(task, this.rules).checkWork(task, user);
				}
			}
			case "checkTaskAssign" -> {
				String user = TaskOffer.checkedUser();
				if (user != null && !isOversight()) {
					// staff release a task they hold (the engine also lets them set its
					// follow-up date, which the API gate does not offer); who
					// works it
					// (beyond claiming), its candidates, owner, due date and name are the
					// managers' to change, or the model's
					Object command = Context.getCommandInvocationContext().getCommand();
					if (!(command instanceof AssignTaskCmd) && !(command instanceof SetTaskFollowUpDateCmd)) {
						throw new AuthorizationException("このタスクの担当者以外の設定（候補グループ・所有者・期限・名前・委任など）は審査管理者が変更します。");
					}
					TaskOffer.of(task, this.rules).checkWork(task, user);
				}
			}
			case "checkReadTask", "checkReadTaskVariable" -> {
				String user = TaskOffer.checkedUser();
				if (user != null && !isOversight()) {
					TaskOffer.of(task, this.rules).checkRead(task, user);
				}
			}
			default -> {
				// other checks are Camunda's own
			}
		}
		return null;
	}

	private boolean isOversight() {
		return TaskOffer.isOversight(this.oversightGroups);
	}

}
