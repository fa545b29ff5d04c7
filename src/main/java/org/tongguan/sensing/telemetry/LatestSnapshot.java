package org.tongguan.sensing.telemetry;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongguan.sensing.device.DeviceId;

/**
 * The latest values as last saved ({@code sensing_latest_reading}, one row per device metric): saved by the store's
 * writer every {@code latest-save-interval} and when it stops, read once at start. After a crash (not a stop) the
 * values of the last interval are missing until the devices report again.
 */
@Repository
class LatestSnapshot {

	private static final String MERGE = """
			MERGE INTO sensing_latest_reading t
			USING (VALUES (CAST(? AS BIGINT), CAST(? AS VARCHAR(32)), CAST(? AS BIGINT), CAST(? AS DOUBLE PRECISION)))
				AS s (device_id, metric, measured_at, measurement)
			ON t.device_id = s.device_id AND t.metric = s.metric
			WHEN MATCHED AND s.measured_at >= t.measured_at THEN
				UPDATE SET measured_at = s.measured_at, measurement = s.measurement
			WHEN NOT MATCHED THEN INSERT (device_id, metric, measured_at, measurement)
				VALUES (s.device_id, s.metric, s.measured_at, s.measurement)""";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	LatestSnapshot(JdbcTemplate jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** Gives the latest values every saved value. */
	void restoreInto(LatestValues latest) {
		jdbc.query("SELECT device_id, metric, measured_at, measurement FROM sensing_latest_reading", row -> {
			latest.restore(new SavedValue(new DeviceId(row.getLong(1)), row.getString(2), row.getLong(3),
					row.getDouble(4)));
		});
	}

	/** Saves the values that changed since the last save; on failure they stay to be saved next time. */
	void save(LatestValues latest) {
		List<SavedValue> changed = latest.takeChanged();
		if (changed.isEmpty()) {
			return;
		}
		try {
			transactions.executeWithoutResult(status -> jdbc.batchUpdate(MERGE, changed, 500, (statement, value) -> {
				statement.setLong(1, value.deviceId().value());
				statement.setString(2, value.metric());
				statement.setLong(3, value.measuredAt());
				statement.setDouble(4, value.value());
			}));
		}
		catch (RuntimeException e) {
			latest.changedAgain(changed);
			throw e;
		}
	}
}
