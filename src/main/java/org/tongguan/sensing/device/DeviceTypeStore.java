package org.tongguan.sensing.device;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the device types (设备类型) and the metrics each reports. */
@Repository
class DeviceTypeStore {

	private final JdbcClient jdbc;

	DeviceTypeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every type with its metrics, by code in code order. */
	Map<String, DeviceTypeSpec> all() {
		Map<String, List<MetricSpec>> metrics = new LinkedHashMap<>();
		jdbc.sql("SELECT * FROM sensing_device_type_metric ORDER BY type_code, sort_order").query(rs -> {
			metrics.computeIfAbsent(rs.getString("type_code"), code -> new ArrayList<>()).add(metric(rs));
		});
		Map<String, DeviceTypeSpec> types = new LinkedHashMap<>();
		jdbc.sql("SELECT * FROM sensing_device_type ORDER BY code").query(rs -> {
			String code = rs.getString("code");
			types.put(code, new DeviceTypeSpec(code, rs.getString("name"), metrics.getOrDefault(code, List.of()),
					Duration.ofSeconds(rs.getLong("inactivity_timeout_seconds")), rs.getBoolean("camera")));
		});
		return types;
	}

	boolean exists(String code) {
		return jdbc.sql("SELECT COUNT(*) FROM sensing_device_type WHERE code = ?").param(code)
			.query(Long.class).single() > 0;
	}

	/** How many devices are registered with the type. */
	long devicesOf(String code) {
		return jdbc.sql("SELECT COUNT(*) FROM sensing_device WHERE type_code = ?").param(code)
			.query(Long.class).single();
	}

	void insert(DeviceTypeSpec type) {
		jdbc.sql("""
				INSERT INTO sensing_device_type (code, name, inactivity_timeout_seconds, camera)
				VALUES (?, ?, ?, ?)
				""")
			.params(type.code(), type.name(), type.inactivityTimeout().toSeconds(), type.camera())
			.update();
		insertMetrics(type);
	}

	void update(DeviceTypeSpec type) {
		jdbc.sql("UPDATE sensing_device_type SET name = ?, inactivity_timeout_seconds = ?, camera = ? WHERE code = ?")
			.params(type.name(), type.inactivityTimeout().toSeconds(), type.camera(), type.code())
			.update();
		jdbc.sql("DELETE FROM sensing_device_type_metric WHERE type_code = ?").param(type.code()).update();
		insertMetrics(type);
	}

	void delete(String code) {
		jdbc.sql("DELETE FROM sensing_device_type WHERE code = ?").param(code).update();
	}

	private void insertMetrics(DeviceTypeSpec type) {
		for (int i = 0; i < type.metrics().size(); i++) {
			MetricSpec metric = type.metrics().get(i);
			jdbc.sql("""
					INSERT INTO sensing_device_type_metric (type_code, sort_order, name, label, unit, min_value,
						max_value)
					VALUES (?, ?, ?, ?, ?, ?, ?)
					""")
				.params(type.code(), i, metric.name(), metric.label(), metric.unit(), bound(metric.min()),
						bound(metric.max()))
				.update();
		}
	}

	private static Double bound(double value) {
		return Double.isInfinite(value) ? null : value;
	}

	private static MetricSpec metric(ResultSet rs) throws SQLException {
		double min = rs.getDouble("min_value");
		if (rs.wasNull()) {
			min = Double.NEGATIVE_INFINITY;
		}
		double max = rs.getDouble("max_value");
		if (rs.wasNull()) {
			max = Double.POSITIVE_INFINITY;
		}
		return new MetricSpec(rs.getString("name"), rs.getString("label"), rs.getString("unit"), min, max);
	}
}
