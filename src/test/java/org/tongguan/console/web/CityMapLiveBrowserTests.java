package org.tongguan.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongguan.region.Regions;
import org.tongguan.sensing.AlarmProbe;
import org.tongguan.sensing.DemoGauges;
import org.tongguan.sensing.WarningLevel;
import org.tongguan.sensing.device.DeviceDirectory;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.rule.RuleEngine;

/** 一张图, live: a case reported or an alarm raised while the map is open appears on it without a reload. */
class CityMapLiveBrowserTests extends CityMapBrowserTest {

	/** A spot of 福田区 where no other test reports. */
	private static final double LONGITUDE = 114.0705;

	private static final double LATITUDE = 22.5405;

	@Autowired
	DeviceDirectory directory;

	@Autowired
	RuleEngine engine;

	@Autowired
	Regions regions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void aCaseReportedWhileTheMapIsOpenAppearsWithoutReload() {
		openMap();
		jumpTo(LONGITUDE, LATITUDE, 17);
		long before = renderedFeatures("case-points");
		script("window.mapNotReloaded = true");

		reportCase(LONGITUDE, LATITUDE);

		waitFor().until(driver -> renderedFeatures("case-points") > before);
		assertThat(script("return window.mapNotReloaded")).isEqualTo(true);
		screenshot("map-live-case");
	}

	@Test
	void anAlarmRaisedWhileTheMapIsOpenAppearsWithoutReloadWithItsDeviceInAlarm() {
		RegisteredDevice gauge = DemoGauges.gauge(directory, AlarmProbe.FUTIAN, 11);
		openMap();
		jumpTo(gauge.longitude(), gauge.latitude(), 16);
		assertThat(renderedProperty("devices", "id")).as("the gauge drawn").contains(gauge.code().value());
		assertThat(renderedProperty("alarms", "device")).doesNotContain(gauge.code().value());
		script("window.mapNotReloaded = true");

		AlarmProbe probe = new AlarmProbe(engine, regions, jdbc, clock);
		probe.read(gauge, "waterLevel", 0.2);
		probe.awaitActive(gauge, WarningLevel.BLUE);

		waitFor().until(driver -> renderedProperty("alarms", "device").contains(gauge.code().value()));
		assertThat(renderedProperty("alarms", "level")).contains("BLUE");
		assertThat(script("return arguments[0].cityMap.queryRenderedFeatures({layers: ['devices']})"
				+ ".filter(f => f.properties.id === arguments[1]).map(f => f.properties.state)", map(),
				gauge.code().value())).asList().containsOnly("ALARM");
		assertThat(script("return window.mapNotReloaded")).isEqualTo(true);
		screenshot("map-live-alarm");
	}

	private void openMap() {
		open("/login");
		logIn("leader", DEMO_PASSWORD);
		open("/console/map");
		waitForPage("map");
		waitForIdleMap();
	}
}
