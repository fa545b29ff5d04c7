package org.tongguan.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.tongguan.casework.event.CaseReported;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.Urgency;
import org.tongguan.sensing.AlarmCase;
import org.tongguan.sensing.AlarmId;
import org.tongguan.sensing.AlarmRaised;
import org.tongguan.sensing.DeviceCode;
import org.tongguan.sensing.RuleId;
import org.tongguan.sensing.WarningLevel;

/**
 * casework as an application module with the modules it depends on (no console, no Open311): the events a report
 * leaves the module with, and a sensor alarm from {@code sensing} turning into a SENSOR case. The boundaries are
 * verified on main code alone by {@code ModularityTests}; here the test classes would count as modules too. The
 * nested module {@code attachment} is included although casework does not depend on it: Spring Modulith 2.0 fails to
 * leave out a nested module whose configuration declares beans (spring-modulith#1583, fixed in 2.1).
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "casework.attachment",
		verifyAutomatically = false)
@Tag("database")
class CaseworkModuleTests {

	private static final double LONGITUDE = 114.0579;

	private static final double LATITUDE = 22.5431;

	@Autowired
	CaseIntake intake;

	@Test
	void aReportThroughTheModulesApiLeavesItAsCaseReportedForItsGrid(Scenario scenario) {
		scenario.stimulate(() -> intake.reportForChannel(CaseReport.sensor("module-report-1", CategoryCode.of("E0505"),
				"积水 32 cm").at(LONGITUDE, LATITUDE, null).urgency(Urgency.URGENT).build()))
			.andWaitForEventOfType(CaseReported.class)
			.toArriveAndVerify((event, snapshot) -> {
				assertThat(event.id()).isEqualTo(snapshot.id());
				assertThat(event.channel()).isEqualTo(Channel.SENSOR);
				assertThat(event.category()).isEqualTo(CategoryCode.of("E0505"));
				assertThat(event.grid()).isEqualTo(snapshot.grid()).isNotNull();
			});
	}

	@Test
	void aSensorAlarmThatOpensACaseIsReportedOnceUnderTheAlarmsKey(Scenario scenario) {
		AlarmCase opening = new AlarmCase(CategoryCode.of("E0505"), LONGITUDE, LATITUDE, Urgency.URGENT,
				"水位传感器 WL-0042 读数 32 cm，超过阈值 15 cm");

		scenario.publish(new AlarmRaised(new AlarmId(9041), new DeviceCode("WL-0042"), new RuleId(1),
				WarningLevel.RED, Instant.parse("2026-11-23T01:00:00Z"), opening))
			.andWaitForEventOfType(CaseReported.class)
			.matching(event -> event.channel() == Channel.SENSOR)
			.toArriveAndVerify(event -> assertThat(event.category()).isEqualTo(CategoryCode.of("E0505")));
	}
}
