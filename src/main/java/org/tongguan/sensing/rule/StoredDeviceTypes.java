package org.tongguan.sensing.rule;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongguan.sensing.device.DeviceTypeSpec;
import org.tongguan.sensing.device.MetricSpec;

/** Reads a device type and its metric names from the registry's tables, for rule validation (never on the hot path). */
@Component
class StoredDeviceTypes implements DeviceTypeLookup {

	private final JdbcClient jdbc;

	StoredDeviceTypes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<DeviceTypeSpec> find(String code) {
		List<MetricSpec> metrics = jdbc.sql("""
				SELECT name, label, unit FROM sensing_device_type_metric WHERE type_code = ? ORDER BY sort_order""")
			.param(code)
			.query((rs, row) -> new MetricSpec(rs.getString("name"), rs.getString("label"), rs.getString("unit"),
					Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY))
			.list();
		return jdbc.sql("SELECT name, camera FROM sensing_device_type WHERE code = ?")
			.param(code)
			.query((rs, row) -> new DeviceTypeSpec(code, rs.getString("name"), metrics, Duration.ZERO,
					rs.getBoolean("camera")))
			.optional();
	}
}
