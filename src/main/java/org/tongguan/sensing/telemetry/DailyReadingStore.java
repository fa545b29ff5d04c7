package org.tongguan.sensing.telemetry;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongguan.region.RegionCode;
import org.tongguan.sensing.DailyReading;
import org.tongguan.sensing.DailyReadings;

/** Reads the day totals ({@code sensing_daily_reading}) that {@link DailyTotals} keeps. */
@Repository
class DailyReadingStore implements DailyReadings {

	private final JdbcClient jdbc;

	DailyReadingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<DailyReading> daily(String deviceType, String metric, LocalDate from,
			LocalDate to) {
		return jdbc.sql("""
				SELECT district_code, reading_day, readings, total, minimum, maximum FROM sensing_daily_reading
				WHERE device_type = ? AND metric = ? AND reading_day >= ? AND reading_day <= ?
				ORDER BY reading_day, district_code""")
			.params(deviceType, metric, Date.valueOf(from), Date.valueOf(to))
			.query((row, index) -> new DailyReading(RegionCode.of(row.getString(1)), row.getDate(2).toLocalDate(),
					row.getLong(3), row.getDouble(4) / row.getLong(3), row.getDouble(5), row.getDouble(6)))
			.list();
	}
}
