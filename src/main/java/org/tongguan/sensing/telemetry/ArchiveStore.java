package org.tongguan.sensing.telemetry;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.tongguan.sensing.device.DeviceId;
import org.tongguan.sensing.ingest.Reading;
import org.tongguan.shared.PlatformProperties;

/**
 * The telemetry store as a sensor archive import uses it: what is stored already about a device's period, and the
 * archive's readings written in the caller's transaction (so they are stored with its alarms or not at all), not
 * through the live store's queue. The latest values are not touched: they stay what the device last sent live.
 */
@Component
public class ArchiveStore {

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final DailyTotals totals;

	ArchiveStore(DataSource dataSource, JdbcClient jdbc, PlatformProperties platform) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.totals = new DailyTotals(platform.zone());
	}

	/** The measuring time of the device's first stored value of the metric at or after {@code from}, or null. */
	public Long firstStoredFrom(DeviceId deviceId, String metric, long from) {
		return jdbc.sql("SELECT measured_at FROM sensing_reading WHERE device_id = ? AND metric = ? AND measured_at >= ? "
				+ "ORDER BY measured_at LIMIT 1")
			.params(deviceId.value(), metric, from)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	/**
	 * Stores the readings (a row per metric value) and adds them to the day totals in the current transaction;
	 * answers how many values.
	 */
	public long insert(List<Reading> readings) {
		RowBuffer rows = new RowBuffer();
		readings.forEach(rows::add);
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			ReadingRows.insert(connection, rows, totals);
			return rows.size;
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot store the archive's readings", e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}
}
