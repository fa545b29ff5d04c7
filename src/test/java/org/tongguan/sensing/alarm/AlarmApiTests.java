package org.tongguan.sensing.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongguan.identity.internal.CallerAuthentication;
import org.tongguan.identity.internal.UserDirectory;
import org.tongguan.region.Regions;
import org.tongguan.sensing.AlarmProbe;
import org.tongguan.sensing.DeviceCode;
import org.tongguan.sensing.DeviceOffline;
import org.tongguan.sensing.DeviceOnline;
import org.tongguan.sensing.WarningLevel;
import org.tongguan.sensing.device.DeviceDirectory;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.rule.AlarmRule;
import org.tongguan.sensing.rule.LevelChange;
import org.tongguan.sensing.rule.RuleEditor;
import org.tongguan.sensing.rule.RuleEngine;
import org.tongguan.sensing.rule.StoredRule;
import org.tongguan.support.CityTime;
import org.tongguan.support.PlatformTest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** The alarm lifecycle through the REST API: acknowledge, assign, comment, clear; roles, data scope and history. */
@PlatformTest
class AlarmApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	RuleEngine engine;

	@Autowired
	RuleEditor rules;

	@Autowired
	Regions regions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	AlarmRecorder recorder;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	DeviceDirectory directory;

	@Autowired
	MeterRegistry meters;

	private AlarmProbe probe;

	@BeforeEach
	void probe() {
		probe = new AlarmProbe(engine, regions, jdbc, clock);
	}

	@Test
	void acknowledgesAssignsCommentsAndClearsByHandWithEveryStepInTheHistory() throws Exception {
		RegisteredDevice device = probe.waterLevel(AlarmProbe.FUTIAN);
		probe.read(device, "waterLevel", 0.2);
		long id = probe.awaitActive(device, WarningLevel.BLUE);

		act("dispatcher", id, "acknowledge", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.alarm.state").value("ACKNOWLEDGED"))
			.andExpect(jsonPath("$.alarm.acknowledgedBy").value("dispatcher"));
		act("dispatcher", id, "acknowledge", null).andExpect(status().isConflict());
		act("shiftlead", id, "assign", "{\"assignee\": \"handler\"}").andExpect(jsonPath("$.alarm.assignee")
			.value("handler"));
		act("operator", id, "comments", "{\"text\": \"已通知排水所\"}")
			.andExpect(jsonPath("$.comments[0].author").value("operator"))
			.andExpect(jsonPath("$.comments[0].text").value("已通知排水所"));
		act("dispatcher", id, "clear", "{\"comment\": \" \"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("comment"));
		act("admin", id, "clear", "{\"comment\": \"现场确认积水已排除\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.alarm.state").value("CLEARED"))
			.andExpect(jsonPath("$.alarm.clearedBy").value("admin"))
			.andExpect(jsonPath("$.alarm.clearComment").value("现场确认积水已排除"))
			.andExpect(jsonPath("$.history[*].action").value(contains("RAISED", "ACKNOWLEDGED", "ASSIGNED",
					"CLEARED")))
			.andExpect(jsonPath("$.history[0].to").value("BLUE"))
			.andExpect(jsonPath("$.history[0].value").value(0.2));
		act("admin", id, "clear", "{\"comment\": \"再次解除\"}").andExpect(status().isConflict());
		act("admin", id, "assign", "{\"assignee\": \"handler\"}").andExpect(status().isConflict());
	}

	@Test
	void aReplayedHistoryRaisesAndClearsAlarmsAtTheReadingsOwnTimesAndValues() throws Exception {
		RegisteredDevice device = probe.waterLevel(AlarmProbe.FUTIAN);
		Instant raised = clock.instant().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
		Instant cleared = raised.plus(Duration.ofMinutes(40));
		probe.read(device, "waterLevel", 0.2, raised);
		long id = probe.awaitActive(device, WarningLevel.BLUE);
		probe.read(device, "waterLevel", 0.0, cleared);
		probe.awaitNoneActive(device);

		mvc.perform(get("/api/sensing/alarms/" + id).with(as("dispatcher")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.alarm.raisedAt").value(CityTime.of(raised)))
			.andExpect(jsonPath("$.alarm.raisedValue").value(0.2))
			.andExpect(jsonPath("$.alarm.clearedAt").value(CityTime.of(cleared)))
			.andExpect(jsonPath("$.alarm.clearedValue").value(0.0))
			.andExpect(jsonPath("$.alarm.recordedAt").exists())
			.andExpect(jsonPath("$.alarm.clearRecordedAt").exists())
			.andExpect(jsonPath("$.history[0].measuredAt").value(CityTime.of(raised)))
			.andExpect(jsonPath("$.history[1].measuredAt").value(CityTime.of(cleared)));
		mvc.perform(get("/api/sensing/alarms").param("device", device.code().value())
			.param("from", raised.minusSeconds(60).toString())
			.param("to", raised.plusSeconds(60).toString())
			.with(as("dispatcher"))).andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void aRuleRaisesNoNewAlarmAfterAManualClearUntilTheValueWasNormalAgain() throws Exception {
		// registered, so that the engine's periodic sweep keeps the device's rule state (the silence) between readings
		RegisteredDevice device = registeredGauge("T-SILENCE-1");
		probe.read(device, "waterLevel", 0.2);
		long id = probe.awaitActive(device, WarningLevel.BLUE);
		act("dispatcher", id, "clear", "{\"comment\": \"误报\"}").andExpect(status().isOk());

		probe.read(device, "waterLevel", 0.3);
		probe.read(device, "battery", 10);
		probe.awaitActive(device, WarningLevel.BLUE);
		assertThat(probe.alarmCount(device)).isEqualTo(2);

		probe.read(device, "waterLevel", 0.05);
		probe.read(device, "waterLevel", 0.2);
		await(() -> probe.alarmCount(device) == 3);
	}

	@Test
	void leadersReadAlarmsButOnlyDispatchersOperatorsShiftLeadsAndAdminsActOnThem() throws Exception {
		RegisteredDevice device = probe.waterLevel(AlarmProbe.FUTIAN);
		probe.read(device, "waterLevel", 0.2);
		long id = probe.awaitActive(device, WarningLevel.BLUE);

		mvc.perform(get("/api/sensing/alarms/" + id).with(as("leader")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.alarm.deviceCode").value(device.code().value()))
			.andExpect(jsonPath("$.alarm.levelLabel").value("蓝色"));
		act("leader", id, "acknowledge", null).andExpect(status().isForbidden());
		mvc.perform(get("/api/sensing/alarms/" + id).with(as("handler"))).andExpect(status().isForbidden());
		act("inspector", id, "clear", "{\"comment\": \"x\"}").andExpect(status().isForbidden());
	}

	@Test
	void listsAlarmsByStateLevelDeviceAndRegionWithinTheCallersScope() throws Exception {
		RegisteredDevice futian = probe.waterLevel(AlarmProbe.FUTIAN);
		RegisteredDevice nanshan = probe.waterLevel(AlarmProbe.NANSHAN);
		probe.read(futian, "waterLevel", 0.2);
		probe.read(nanshan, "waterLevel", 0.2);
		probe.awaitActive(futian, WarningLevel.BLUE);
		long inNanshan = probe.awaitActive(nanshan, WarningLevel.BLUE);

		mvc.perform(get("/api/sensing/alarms").param("state", "ACTIVE_UNACKNOWLEDGED").param("level", "BLUE")
			.param("type", "water-level").param("size", "200").with(as("dispatcher")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].deviceCode").value(hasItem(futian.code().value())))
			.andExpect(jsonPath("$.items[*].deviceCode").value(hasItem(nanshan.code().value())));
		mvc.perform(get("/api/sensing/alarms").param("region", AlarmProbe.NANSHAN).param("size", "200")
			.with(as("dispatcher")))
			.andExpect(jsonPath("$.items[*].deviceCode").value(not(hasItem(futian.code().value()))))
			.andExpect(jsonPath("$.items[*].deviceCode").value(hasItem(nanshan.code().value())));
		mvc.perform(get("/api/sensing/alarms").param("device", futian.code().value()).with(as("dispatcher")))
			.andExpect(jsonPath("$.total").value(1));
		mvc.perform(get("/api/sensing/alarms").param("size", "200").with(as("futian-dispatcher")))
			.andExpect(jsonPath("$.items[*].deviceCode").value(hasItem(futian.code().value())))
			.andExpect(jsonPath("$.items[*].deviceCode").value(not(hasItem(nanshan.code().value()))));
		mvc.perform(get("/api/sensing/alarms/" + inNanshan).with(as("futian-dispatcher")))
			.andExpect(status().isForbidden());
		act("futian-dispatcher", inNanshan, "clear", "{not json").andExpect(status().isForbidden());
		act("futian-dispatcher", inNanshan, "assign", "{\"assignee\": \"" + "x".repeat(500) + "\"}")
			.andExpect(status().isForbidden());
		act("dispatcher", inNanshan, "clear", "{not json").andExpect(status().isBadRequest());
		mvc.perform(get("/api/sensing/alarms").param("state", "LOST").with(as("dispatcher")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void concurrentRaisesLeaveOneActiveAlarmPerDeviceAndRule() throws Exception {
		RegisteredDevice device = probe.waterLevel(AlarmProbe.FUTIAN);
		AlarmRule rule = rules.list().stream().map(StoredRule::rule)
			.filter(candidate -> "water-level".equals(candidate.deviceType()) && "battery".equals(candidate.metric()))
			.findFirst()
			.orElseThrow();
		int threads = 6;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> raises = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			raises.add(pool.submit(() -> {
				start.await();
				transactions.executeWithoutResult(status -> recorder.apply(new LevelChange(device, rule.id(), rule,
						null, WarningLevel.BLUE, 12, clock.instant(), null)));
				return null;
			}));
		}
		start.countDown();
		for (Future<?> raise : raises) {
			try {
				raise.get(30, TimeUnit.SECONDS);
			}
			catch (ExecutionException e) {
				assertThat(e.getCause()).isInstanceOf(DuplicateKeyException.class);
			}
		}
		pool.shutdown();
		assertThat(probe.activeCount(device)).isEqualTo(1);
		assertThat(probe.alarmCount(device)).isEqualTo(1);
	}

	@Test
	void aDeviceGoingOfflineRaisesABlueOfflineAlarmWithoutACaseAndComingBackClearsIt() throws Exception {
		DeviceCode code = registeredGauge("T-OFFLINE-1").code();
		transactions.executeWithoutResult(status -> events.publishEvent(new DeviceOffline(code,
				clock.instant().minusSeconds(900), clock.instant())));
		await(() -> offline(code, "ACTIVE_UNACKNOWLEDGED") == 1);
		transactions.executeWithoutResult(status -> events.publishEvent(new DeviceOffline(code,
				clock.instant().minusSeconds(900), clock.instant())));
		transactions.executeWithoutResult(status -> events.publishEvent(new DeviceOnline(code, clock.instant())));
		await(() -> offline(code, "CLEARED") == 1);
		assertThat(offline(code, "ACTIVE_UNACKNOWLEDGED")).isZero();
		assertThat(jdbc.sql("SELECT level FROM sensing_alarm WHERE device_code = ?").param(code.value())
			.query(String.class).single()).isEqualTo("BLUE");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM casework_case WHERE channel = 'SENSOR' AND external_id IN "
				+ "(SELECT 'alarm-' || id FROM sensing_alarm WHERE device_code = ?)").param(code.value())
			.query(Long.class).single()).isZero();
	}

	@Test
	void timesEveryAlarmFromMeasurementToCommit() {
		RegisteredDevice device = probe.waterLevel(AlarmProbe.FUTIAN);
		long before = delay().count();
		probe.read(device, "waterLevel", 0.2);
		probe.awaitActive(device, WarningLevel.BLUE);
		await(() -> delay().count() > before);
		assertThat(delay().takeSnapshot().percentileValues()).isNotEmpty();
	}

	private Timer delay() {
		return meters.get("tongguan.sensing.alarm.delay").timer();
	}

	private long offline(DeviceCode code, String state) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM sensing_alarm WHERE device_code = ? AND state = ?
					AND rule_id IN (SELECT id FROM sensing_rule WHERE kind = 'OFFLINE')""")
			.params(code.value(), state)
			.query(Long.class)
			.single();
	}

	private ResultActions act(String user, long id, String action, String body) throws Exception {
		MockHttpServletRequestBuilder request = post("/api/sensing/alarms/" + id + "/" + action).with(as(user)).with(csrf());
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return mvc.perform(request);
	}

	/** A water-level gauge in Futian registered through the admin API. */
	private RegisteredDevice registeredGauge(String code) throws Exception {
		RegisteredDevice made = probe.waterLevel(AlarmProbe.FUTIAN);
		mvc.perform(post("/api/admin/sensing/devices").with(as("admin")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"" + code + "\", \"name\": \"告警测试积水点\", \"type\": \"water-level\", "
					+ "\"longitude\": " + made.longitude() + ", \"latitude\": " + made.latitude()
					+ ", \"owner\": \"440304-SHUIWU\"}"))
			.andExpect(status().isCreated());
		return directory.find(code).orElseThrow();
	}

	private RequestPostProcessor as(String demoUser) {
		return authentication(new CallerAuthentication(users.enabledCaller(demoUser).orElseThrow()));
	}

	private static void await(Callable<Boolean> condition) {
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(condition);
	}
}
