package org.tongguan.sensing.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.region.Regions;
import org.tongguan.sensing.AlarmCleared;
import org.tongguan.sensing.AlarmId;
import org.tongguan.sensing.AlarmProbe;
import org.tongguan.sensing.AlarmRaised;
import org.tongguan.sensing.WarningLevel;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.rule.RuleEngine;
import org.tongguan.support.RecordedEvents;
import org.tongguan.support.WithDemoUser;

/**
 * sensing's alarms as an application module with the modules below it (device, ingest, rule, health, telemetry; no
 * casework, which only listens): the events a gauge's readings leave the module with under the demo rule 积水深度
 * (blue from 0.15 m, yellow from 0.27 m, a case from yellow on, clear below 0.10 m). The rule engine's changes are
 * stored and published on the alarm writer's own thread, so those events are awaited through {@link RecordedEvents};
 * a user's clearing is published on the caller's thread and awaited as an event.
 *
 * <p>The module is named because Spring Modulith 2.0 takes a test in a nested module's package for a test of its
 * parent; {@code mqtt} is included because it fails to leave out a nested module whose configuration declares beans
 * (spring-modulith#1583, fixed in 2.1).
 */
@ApplicationModuleTest(module = "sensing.alarm", mode = BootstrapMode.ALL_DEPENDENCIES,
		extraIncludes = "sensing.mqtt", verifyAutomatically = false)
@Tag("database")
class AlarmModuleTests {

	@Autowired
	RuleEngine engine;

	@Autowired
	AlarmActions actions;

	@Autowired
	RecordedEvents events;

	@Autowired
	Regions regions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private AlarmProbe probe;

	@BeforeEach
	void probe() {
		probe = new AlarmProbe(engine, regions, jdbc, clock);
	}

	@Test
	void aReadingPastTheCaseLevelRaisesAnAlarmAskingForACaseAndAReadingBelowTheClearLevelClearsIt(
			Scenario scenario) {
		RegisteredDevice gauge = probe.waterLevel(AlarmProbe.FUTIAN);

		scenario.stimulate(() -> probe.read(gauge, "waterLevel", 0.32))
			.andWaitForStateChange(() -> raisedOn(gauge))
			.andVerify(raised -> {
				assertThat(raised.level()).isEqualTo(WarningLevel.YELLOW);
				assertThat(raised.openCase()).isNotNull();
				assertThat(raised.openCase().category()).isEqualTo(CategoryCode.of("E0505"));
				assertThat(raised.openCase().longitude()).isEqualTo(gauge.longitude());
				assertThat(raised.openCase().latitude()).isEqualTo(gauge.latitude());
			});
		AlarmId alarm = raisedOn(gauge).alarm();

		scenario.stimulate(() -> probe.read(gauge, "waterLevel", 0.05))
			.andWaitForStateChange(() -> events.first(AlarmCleared.class, cleared -> cleared.alarm().equals(alarm)))
			.andVerify(cleared -> assertThat(cleared.device()).isEqualTo(gauge.code()));
	}

	@Test
	void aReadingBelowTheCaseLevelRaisesAnAlarmThatAsksForNoCase(Scenario scenario) {
		RegisteredDevice gauge = probe.waterLevel(AlarmProbe.NANSHAN);

		scenario.stimulate(() -> probe.read(gauge, "waterLevel", 0.2))
			.andWaitForStateChange(() -> raisedOn(gauge))
			.andVerify(raised -> {
				assertThat(raised.level()).isEqualTo(WarningLevel.BLUE);
				assertThat(raised.openCase()).isNull();
			});
	}

	@Test
	@WithDemoUser("dispatcher")
	void aDispatcherClearingAnAlarmByHandLeavesTheModuleAsAlarmClearedWithTheirReason(Scenario scenario) {
		RegisteredDevice gauge = probe.waterLevel(AlarmProbe.FUTIAN);
		probe.read(gauge, "waterLevel", 0.2);
		AlarmId alarm = new AlarmId(probe.awaitActive(gauge, WarningLevel.BLUE));

		scenario.stimulate(() -> actions.clear(alarm, "现场核实为施工排水"))
			.andWaitForEventOfType(AlarmCleared.class)
			.matching(cleared -> cleared.alarm().equals(alarm))
			.toArriveAndVerify(cleared -> {
				assertThat(cleared.device()).isEqualTo(gauge.code());
				assertThat(cleared.description()).isEqualTo("dispatcher 手动解除：现场核实为施工排水");
			});
	}

	/** The alarm raised on the gauge, {@code null} while none has been. */
	private AlarmRaised raisedOn(RegisteredDevice gauge) {
		return events.first(AlarmRaised.class, raised -> raised.device().equals(gauge.code()));
	}

	/** Declared here rather than imported: a module test keeps only beans its modules or test configurations make. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Events {

		@Bean
		RecordedEvents recordedEvents() {
			return new RecordedEvents();
		}
	}
}
