package org.tongguan.sensing;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.region.Location;
import org.tongguan.region.Regions;
import org.tongguan.sensing.device.DeviceId;
import org.tongguan.sensing.device.DeviceStatus;
import org.tongguan.sensing.device.DeviceTypeSpec;
import org.tongguan.sensing.device.MetricSpec;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.ingest.Reading;
import org.tongguan.sensing.rule.RuleEngine;

/**
 * Drives the rule engine with readings of made-up devices (not registered: the engine needs only the reading) at
 * points in a chosen district, and waits for the alarm writer.
 */
public class AlarmProbe {

	/** 福田区. */
	public static final String FUTIAN = "440304";

	/** 南山区. */
	public static final String NANSHAN = "440305";

	public static final DeviceTypeSpec WATER_LEVEL = new DeviceTypeSpec("water-level", "积水监测仪",
			List.of(new MetricSpec("waterLevel", "积水深度", "m", 0, 10), new MetricSpec("battery", "电量", "%", 0, 100)),
			Duration.ofMinutes(10), false);

	/** Alarms of threshold and rate rules, not the offline or no-data alarms a silent test device may get. */
	private static final String MEASURED = "rule_id IN (SELECT id FROM sensing_rule WHERE kind IN ('THRESHOLD', "
			+ "'RATE'))";

	private static final AtomicLong IDS = new AtomicLong(9_000_000);

	private final RuleEngine engine;

	private final Regions regions;

	private final JdbcClient jdbc;

	private final Clock clock;

	public AlarmProbe(RuleEngine engine, Regions regions, JdbcClient jdbc, Clock clock) {
		this.engine = engine;
		this.regions = regions;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A water-level device no other test uses, at a point in a grid of the district. */
	public RegisteredDevice waterLevel(String district) {
		long id = IDS.incrementAndGet();
		for (int i = (int) (id % 500);; i += 7) {
			double longitude = 113.85 + (i % 80) * 0.008;
			double latitude = 22.50 + (i / 80 % 40) * 0.008;
			Location location = regions.locate(longitude, latitude).orElse(null);
			if (location != null && location.grid() != null
					&& location.district().code().value().equals(district)) {
				return new RegisteredDevice(new DeviceId(id), new DeviceCode("PROBE-" + id), "测试积水点 " + id, WATER_LEVEL,
						longitude, latitude, location.grid().code(), new DepartmentCode("440304-SW"),
						DeviceStatus.ACTIVE);
			}
		}
	}

	/** A reading of one metric, measured now. */
	public void read(RegisteredDevice device, String metric, double value) {
		read(device, metric, value, clock.instant());
	}

	/** A reading of one metric measured at a given time (a replayed or delayed reading), received now. */
	public void read(RegisteredDevice device, String metric, double value, Instant measuredAt) {
		engine.onReading(new Reading(device, measuredAt, clock.instant(), Map.of(metric, value)));
	}

	/** Waits until the device has an active alarm of a measuring rule at the level and answers its id. */
	public long awaitActive(RegisteredDevice device, WarningLevel level) {
		return await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT id FROM sensing_alarm WHERE "
				+ "device_id = ? AND active_key IS NOT NULL AND level = ? AND " + MEASURED)
			.params(device.id().value(), level.name())
			.query(Long.class)
			.optional()
			.orElse(null), found -> found != null);
	}

	/** Waits until the device has no active alarm of a measuring rule. */
	public void awaitNoneActive(RegisteredDevice device) {
		await().atMost(Duration.ofSeconds(10)).until(() -> activeCount(device) == 0);
	}

	/** How many alarms of measuring rules the device has active. */
	public long activeCount(RegisteredDevice device) {
		return jdbc.sql("SELECT COUNT(*) FROM sensing_alarm WHERE device_id = ? AND active_key IS NOT NULL AND "
				+ MEASURED)
			.param(device.id().value())
			.query(Long.class)
			.single();
	}

	/** How many alarms of measuring rules the device has had. */
	public long alarmCount(RegisteredDevice device) {
		return jdbc.sql("SELECT COUNT(*) FROM sensing_alarm WHERE device_id = ? AND " + MEASURED)
			.param(device.id().value())
			.query(Long.class)
			.single();
	}
}
