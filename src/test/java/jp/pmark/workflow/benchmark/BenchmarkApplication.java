package jp.pmark.workflow.benchmark;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jp.pmark.workflow.PmarkWorkflowApplication;
import jp.pmark.workflow.calendar.HolidayData;
import jp.pmark.workflow.support.EmbeddedPostgresDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application as the benchmarks measure it: on a fresh embedded PostgreSQL 17 with
 * the 'postgres' profile, on a free port, job executor off, quiet logs. With
 * {@code -Dbenchmark.explain=20} PostgreSQL writes the plan and actual times of every
 * statement slower than 20 ms to {@code target/benchmark-postgres.log}.
 */
final class BenchmarkApplication {

	/** What a benchmark does with the running application. */
	interface Benchmark {

		void run(ConfigurableApplicationContext context) throws Exception;

	}

	private BenchmarkApplication() {
	}

	static void run(Benchmark benchmark, String... moreSettings) throws Exception {
		HolidayData.useOfflineData();
		int explain = Integer.getInteger("benchmark.explain", 0);
		File log = new File("target/benchmark-postgres.log");
		try (EmbeddedPostgres postgres = (explain > 0) ? EmbeddedPostgresDatabase.startExplaining(explain, log)
				: EmbeddedPostgresDatabase.start()) {
			if (explain > 0) {
				System.out.printf("Plans of statements slower than %d ms: %s%n", explain, log.getAbsolutePath());
			}
			// command-line arguments: they override the 'postgres' profile's
			// environment-based settings
			String[] settings = { "--spring.profiles.active=postgres",
					"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", EmbeddedPostgresDatabase.DATABASE),
					"--spring.datasource.username=postgres", "--spring.datasource.password=", "--server.port=0",
					"--camunda.bpm.job-execution.enabled=false", "--logging.level.root=warn",
					// the benchmarks' own process offers its tasks to every Tasklist
					// group (as
					// application-test.yaml does for the tests); without it only managers
					// see
					// them
					"--pmark.tasks.model-groups.TaskListBenchmarkProcess.tasks=reception,accounting,assessment-managers,"
							+ "lead-auditors,auditors,assistant-auditors,committee,clip-advisors,clip-reviewers" };
			// a benchmark's own settings replace these (an argument given twice would be
			// joined)
			Map<String, String> all = new LinkedHashMap<>();
			for (String setting : List.of(settings)) {
				all.put(setting.substring(0, setting.indexOf('=')), setting);
			}
			for (String setting : moreSettings) {
				all.put(setting.substring(0, setting.indexOf('=')), setting);
			}
			ConfigurableApplicationContext context = new SpringApplicationBuilder(PmarkWorkflowApplication.class)
				.run(all.values().toArray(String[]::new));
			try {
				benchmark.run(context);
			}
			finally {
				context.close();
			}
		}
	}

}
