package org.tongguan.sensing.telemetry;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * 日统计 — adds the rows of one flush to the day totals ({@code sensing_daily_reading}) in the flush's transaction:
 * per device type, metric, district and city-local day of the measuring time, the count, sum, minimum and maximum.
 * Rows of devices without a type or outside every grid are not counted. The totals are written in key order, so two
 * writers (the live store and an archive import) lock them in the same order.
 */
final class DailyTotals {

	private static final String MERGE = """
			MERGE INTO sensing_daily_reading t
			USING (VALUES (CAST(? AS VARCHAR(32)), CAST(? AS VARCHAR(32)), CAST(? AS DATE), CAST(? AS VARCHAR(6)),
				CAST(? AS BIGINT), CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION)))
				AS s (device_type, metric, reading_day, district_code, readings, total, minimum, maximum)
			ON t.device_type = s.device_type AND t.metric = s.metric AND t.reading_day = s.reading_day AND t.district_code = s.district_code
			WHEN MATCHED THEN UPDATE SET readings = t.readings + s.readings, total = t.total + s.total,
				minimum = LEAST(t.minimum, s.minimum), maximum = GREATEST(t.maximum, s.maximum)
			WHEN NOT MATCHED THEN INSERT (device_type, metric, reading_day, district_code, readings, total, minimum, maximum)
				VALUES (s.device_type, s.metric, s.reading_day, s.district_code, s.readings, s.total, s.minimum, s.maximum)""";

	private static final Comparator<Key> ORDER = Comparator.comparing(Key::type)
		.thenComparing(Key::metric)
		.thenComparing(Key::day)
		.thenComparing(Key::district);

	private final ZoneId zone;

	DailyTotals(ZoneId zone) {
		this.zone = zone;
	}

	/** Adds the buffer's rows to the day totals; the caller commits. Safe to call from several threads. */
	void add(Connection connection, RowBuffer rows) throws SQLException {
		CityDays days = new CityDays(zone);
		Map<Key, Total> totals = new TreeMap<>(ORDER);
		for (int row = 0; row < rows.size; row++) {
			if (rows.types[row] != null && rows.districts[row] != null) {
				totals.computeIfAbsent(new Key(rows.types[row], rows.metrics[row], days.of(rows.times[row]),
						rows.districts[row]), key -> new Total()).add(rows.values[row]);
			}
		}
		if (totals.isEmpty()) {
			return;
		}
		try (PreparedStatement merge = connection.prepareStatement(MERGE)) {
			for (Map.Entry<Key, Total> entry : totals.entrySet()) {
				Key key = entry.getKey();
				Total total = entry.getValue();
				merge.setString(1, key.type());
				merge.setString(2, key.metric());
				merge.setDate(3, Date.valueOf(key.day()));
				merge.setString(4, key.district());
				merge.setLong(5, total.readings);
				merge.setDouble(6, total.sum);
				merge.setDouble(7, total.minimum);
				merge.setDouble(8, total.maximum);
				merge.addBatch();
			}
			merge.executeBatch();
		}
	}

	/** What the day totals count by. */
	private record Key(String type, String metric, LocalDate day, String district) {
	}

	/** The totals of one key within a flush. */
	private static final class Total {

		long readings;

		double sum;

		double minimum = Double.POSITIVE_INFINITY;

		double maximum = Double.NEGATIVE_INFINITY;

		void add(double value) {
			readings++;
			sum += value;
			minimum = Math.min(minimum, value);
			maximum = Math.max(maximum, value);
		}
	}

	/** The city-local day of a time in epoch milliseconds, remembering the last day's bounds (rows come in runs). */
	private static final class CityDays {

		private final ZoneId zone;

		private long start = 1;

		private long end = 0;

		private LocalDate day;

		CityDays(ZoneId zone) {
			this.zone = zone;
		}

		LocalDate of(long millis) {
			if (millis < start || millis >= end) {
				day = LocalDate.ofInstant(Instant.ofEpochMilli(millis), zone);
				ZonedDateTime midnight = day.atStartOfDay(zone);
				start = midnight.toInstant().toEpochMilli();
				end = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
			}
			return day;
		}
	}
}
