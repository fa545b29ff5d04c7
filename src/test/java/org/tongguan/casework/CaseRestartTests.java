package org.tongguan.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup;
import static org.tongguan.casework.CaseApi.body;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.web.context.WebApplicationContext;
import org.tongguan.TongguanApplication;
import org.tongguan.identity.internal.UserDirectory;
import org.tongguan.region.Regions;
import org.tongguan.support.TestClock;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.ObjectMapper;

/**
 * Stopping the platform in the middle of work loses nothing: a case filed before a shutdown goes on after a restart on
 * the same database, and its deadline timer, persisted as a Flowable timer job, fires exactly once even with two
 * platform nodes running their job executors on that database.
 */
@Tag("database")
class CaseRestartTests {

	private static final ZoneId SHENZHEN = ZoneId.of("Asia/Shanghai");

	@TempDir
	Path data;

	private final TestClock clock = new TestClock(TestClock.MONDAY_MORNING, SHENZHEN);

	@Test
	void runningCasesAndTheirTimersGoOnAfterARestartAndFireOnceOnTwoNodes() throws Exception {
		ConfigurableApplicationContext before = start(null, false);
		String url = before.getEnvironment().getProperty("spring.datasource.url");
		CaseApi api = api(before);
		long id = api.reported(api.as("operator"), api.report("E0105", "重启前上报的焚烧"));
		api.done(api.as("operator"), id, "accept", body());
		api.done(api.as("operator"), id, "file", body());
		assertThat(api.stage(id)).isEqualTo("HANDLING");
		before.close();

		ConfigurableApplicationContext node1 = start(url, true);
		ConfigurableApplicationContext node2 = start(url, true);
		try {
			CaseApi after = api(node1);
			assertThat(after.stage(id)).isEqualTo("HANDLING");
			assertThat(after.<List<String>>read(id, "$.openTasks[*].key")).containsExactly("handle");
			clock.set(Instant.parse("2026-11-23T02:40:00Z")); // 10:40, past 80 % of the two-hour limit
			awaitWarnings(after, id);
			Thread.sleep(3_000);
			assertThat(warnings(after, id)).hasSize(2);
			assertThat(node1.getBean(ManagementService.class).createDeadLetterJobQuery().count()).isZero();

			after.done(after.as("handler"), id, "handled", body("result", "重启后处置完毕"));
			after.done(after.futianInspector(), id, "verify",
					body("passed", true, "attachmentIds", after.photos("AFTER")));
			after.done(after.as("shiftlead"), id, "close", body());
			assertThat(after.stage(id)).isEqualTo("CALLBACK"); // a hotline case: its reporter is called back
			after.done(after.as("operator"), id, "callback/no-evaluation", body("reason", "NO_CONTACT"));
			assertThat(after.stage(id)).isEqualTo("CLOSED");
			assertThat(node2.getBean(RuntimeService.class)
				.createProcessInstanceQuery()
				.processInstanceBusinessKey(Long.toString(id))
				.count()).isZero();
		}
		finally {
			node1.close();
			node2.close();
		}
	}

	private void awaitWarnings(CaseApi api, long id) throws Exception {
		long deadline = System.currentTimeMillis() + 60_000;
		while (warnings(api, id).size() < 2 && System.currentTimeMillis() < deadline) {
			Thread.sleep(500);
		}
	}

	private static List<String> warnings(CaseApi api, long id) throws Exception {
		return JsonPath.read(api.timeline(id), "$[?(@.action.code == 'WARN')].comment");
	}

	/**
	 * Starts the platform with the test clock; on H2 the first start moves the database to a file, and later starts
	 * use the first one's database.
	 */
	private ConfigurableApplicationContext start(String url, boolean jobExecutor) {
		String file = "jdbc:h2:file:" + data.resolve("tongguan") + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";
		return new SpringApplicationBuilder(TongguanApplication.class).initializers(context -> {
				context.getBeanFactory().registerSingleton("testClock", clock);
				String current = context.getEnvironment().getProperty("spring.datasource.url");
				String chosen = url != null ? url : current.startsWith("jdbc:h2:") ? file : current;
				context.getEnvironment()
					.getPropertySources()
					.addFirst(new MapPropertySource("restartTest", Map.of("spring.datasource.url", chosen, "server.port",
							"0", "flowable.async-executor-activate", Boolean.toString(jobExecutor))));
			}).run();
	}

	private static CaseApi api(ConfigurableApplicationContext context) {
		return new CaseApi(webAppContextSetup((WebApplicationContext) context)
			.apply(SecurityMockMvcConfigurers.springSecurity())
			.build(), context.getBean(UserDirectory.class), context.getBean(ObjectMapper.class),
				context.getBean(Regions.class), context.getBean(RuntimeService.class),
				context.getBean(ManagementService.class));
	}
}
