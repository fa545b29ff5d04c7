package org.tongguan.sensing.alarm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tongguan.region.Regions;
import org.tongguan.sensing.AlarmProbe;
import org.tongguan.sensing.DemoGauges;
import org.tongguan.sensing.WarningLevel;
import org.tongguan.sensing.device.DeviceDirectory;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.rule.RuleEngine;
import org.tongguan.support.PlatformTest;
import org.tongguan.support.VectorTiles;
import org.tongguan.support.WithDemoUser;

/** The device map tiles: devices by state, active alarms at their device, the caller's data scope, bad requests. */
@PlatformTest
class DeviceTileTests {

	@Autowired
	MockMvc mvc;

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
	@WithDemoUser("leader")
	void showsAnAlarmedGaugeAsAlarmWithItsActiveAlarmAtItsPosition() throws Exception {
		RegisteredDevice gauge = DemoGauges.gauge(directory, "440305", 5);
		long alarm = flood(gauge);
		byte[] tile = tile(tileAt(gauge, 16));
		assertThat(VectorTiles.properties(tile, "devices")).anySatisfy(device -> assertThat(device)
			.containsEntry("id", gauge.code().value())
			.containsEntry("type", "water-level")
			.containsEntry("state", "ALARM"));
		assertThat(VectorTiles.properties(tile, "alarms")).anySatisfy(found -> assertThat(found)
			.containsEntry("id", alarm)
			.containsEntry("level", "RED")
			.containsEntry("device", gauge.code().value()));
		assertThat(VectorTiles.property(tile, "devices", "state")).allSatisfy(
				state -> assertThat(state).isIn("ONLINE", "OFFLINE", "ALARM"));
	}

	@Test
	@WithDemoUser("futian-dispatcher")
	void aDistrictScopedCallerGetsNoDeviceOrAlarmOfAnotherDistrict() throws Exception {
		RegisteredDevice nanshan = DemoGauges.gauge(directory, "440305", 6);
		flood(nanshan);
		byte[] cityCentre = tile("/api/tiles/devices/10/836/446.mvt");
		List<Object> codes = VectorTiles.property(cityCentre, "devices", "id");
		assertThat(codes).isNotEmpty().allSatisfy(code -> assertThat(district((String) code)).isEqualTo("440304"));
		assertThat(VectorTiles.property(cityCentre, "alarms", "device"))
			.allSatisfy(code -> assertThat(district((String) code)).isEqualTo("440304"));
		mvc.perform(get(tileAt(nanshan, 18))).andExpect(status().isNoContent());
	}

	@Test
	@WithDemoUser("leader")
	void refusesATileAddressOutsideTheZoomsRange() throws Exception {
		mvc.perform(get("/api/tiles/devices/5/32/0.mvt"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("x"));
	}

	@Test
	@WithAnonymousUser
	void refusesAnAnonymousCallerWith401() throws Exception {
		mvc.perform(get("/api/tiles/devices/10/836/446.mvt")).andExpect(status().isUnauthorized());
	}

	/** Raises a red water-level alarm on the gauge and answers its id. */
	private long flood(RegisteredDevice gauge) {
		AlarmProbe probe = new AlarmProbe(engine, regions, jdbc, clock);
		probe.read(gauge, "waterLevel", 0.6);
		return probe.awaitActive(gauge, WarningLevel.RED);
	}

	private String district(String deviceCode) {
		RegisteredDevice device = directory.find(deviceCode).orElseThrow();
		return regions.locate(device.longitude(), device.latitude()).orElseThrow().district().code().value();
	}

	private byte[] tile(String path) throws Exception {
		return VectorTiles.body(mvc.perform(get(path)));
	}

	private static String tileAt(RegisteredDevice device, int zoom) {
		return VectorTiles.path("devices", device.longitude(), device.latitude(), zoom);
	}
}
