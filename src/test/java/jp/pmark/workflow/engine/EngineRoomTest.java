package jp.pmark.workflow.engine;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

import jp.pmark.workflow.support.PmarkSpringTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskReportManager;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the engine room relies on in Camunda's internals, checked against the engine the
 * build uses, so that an engine update that changes any of it fails here (and in the
 * behaviour tests named per check) instead of silently opening a door.
 */
@PmarkSpringTest
class EngineRoomTest {

	private static final Path ROOM = Path.of("src/main/java/jp/pmark/workflow/engine");

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	IdentityService identityService;

	@AfterEach
	void clear() {
		this.identityService.clearAuthentication();
		ClockUtil.reset();
	}

	@Test
	@DisplayName("STYLE.md engine room: every class of it that uses Camunda's internals says why the public API does not suffice")
	void everyClassSaysWhy() throws IOException {
		List<Path> internal;
		try (Stream<Path> files = Files.list(ROOM)) {
			internal = files.filter((file) -> read(file).matches("(?s).*import org\\.camunda\\.bpm\\.\\w+\\.impl\\..*"))
				.toList();
		}
		assertThat(internal).hasSizeGreaterThanOrEqualTo(10);
		assertThat(internal)
			.allSatisfy((file) -> assertThat(read(file)).as(file.toString()).contains("Why internals:"));
	}

	@Test
	@DisplayName("GEN-2 DEC-3 the command checkers' methods the room matches by name still exist and take the task (OfferedTaskChecker, TaskFormsPlugin; RestAccessTest, FormSubmissionTest)")
	void checkerMethodsByName() {
		for (String name : List.of("checkTaskWork", "checkTaskAssign", "checkReadTask", "checkReadTaskVariable",
				"checkUpdateTaskVariable")) {
			assertThat(Arrays.stream(CommandChecker.class.getMethods())
				.filter((method) -> method.getName().equals(name))
				.map(Method::getParameterTypes)).as(name)
				.anySatisfy((types) -> assertThat(types).hasSize(1)
					.allSatisfy((type) -> assertThat(type).isAssignableFrom(TaskEntity.class)));
		}
	}

	@Test
	@DisplayName("GEN-2 DEC-3 the room's hooks are in the engine: task manager, task report manager, authorization provider, command checkers, post-deployer, parse listener (OfferedTasksPlugin, TaskFormsPlugin)")
	void hooksInstalled() {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) this.processEngine
			.getProcessEngineConfiguration();
		assertThat(configuration.getResourceAuthorizationProvider())
			.isInstanceOf(NoTaskGrantsAuthorizationProvider.class);
		assertThat(configuration.getCommandCheckers()).map(Object::toString)
			.contains("OfferedTaskChecker", "FormOnlyCompletion");
		assertThat(configuration.getCustomPostDeployers()).hasAtLeastOneElementOfType(ModelGrantsDeployer.class);
		assertThat(configuration.getCustomPostBPMNParseListeners()).anySatisfy(
				(listener) -> assertThat(listener.getClass().getEnclosingClass()).isEqualTo(TaskFormsPlugin.class));
		TaskManager taskManager = configuration.getCommandExecutorTxRequired()
			.execute((commandContext) -> commandContext.getTaskManager());
		assertThat(taskManager).isInstanceOf(OfferedTasksTaskManager.class);
		TaskReportManager taskReportManager = configuration.getCommandExecutorTxRequired()
			.execute((commandContext) -> commandContext.getTaskReportManager());
		assertThat(taskReportManager).isInstanceOf(OversightTaskReportManager.class);
	}

	@Test
	@DisplayName("CAL-1 the engine's clock is the one EngineClock reads and sets (timers and the business calendar's today agree)")
	void engineClock() {
		Date day = new Date(1_700_000_000_000L);
		EngineClock.set(day);
		assertThat(ClockUtil.getCurrentTime()).isEqualTo(day);
		assertThat(EngineClock.now()).isEqualTo(day);
		assertThat(EngineClock.instant()).isEqualTo(day.toInstant());
		EngineClock.reset();
		assertThat(EngineClock.now()).isAfter(day);
	}

	@Test
	@DisplayName("GEN-2 the person acting, from the engine and from the webapps' session (ApiGate, CurrentUser, ApiCaller; SecurityRegressionTest on both mounts)")
	void authenticated() {
		assertThat(Authenticated.current(this.identityService)).isEmpty();
		this.identityService.setAuthentication("sato", List.of("reception"));
		assertThat(Authenticated.current(this.identityService))
			.contains(new Authenticated("sato", List.of("reception")));
		assertThat(Authenticated.inCommand()).isEmpty();

		MockHttpSession session = new MockHttpSession();
		assertThat(Authenticated.inWebappSession(session, "default")).isEmpty();
		Authentications authentications = new Authentications();
		UserAuthentication user = new UserAuthentication("takahashi", "default");
		user.setGroupIds(List.of("assessment-managers"));
		authentications.addOrReplace(user);
		AuthenticationUtil.updateSession(session, authentications);
		assertThat(Authenticated.inWebappSession(session, "default"))
			.contains(new Authenticated("takahashi", List.of("assessment-managers")));
		assertThat(Authenticated.inWebappSession(session, "other")).isEmpty();
		assertThat(Authenticated.inWebappSession(null, "default")).isEmpty();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
