package org.tongguan.sensing;

import java.time.LocalDate;
import java.util.List;

/**
 * 日统计 — the day totals of every device type's metric per district, kept as readings are stored (live or from an
 * archive), so that a district's daily mean (e.g. PM2.5 from the air-quality stations) is read without scanning the
 * readings. The mean is over the values measured (stations reporting at the same interval weigh alike); devices
 * outside every grid are not counted.
 */
public interface DailyReadings {

	/**
	 * The days of the metric from {@code from} to {@code to} (both included) in every district that has values,
	 * by day, then district.
	 *
	 * @param deviceType the device type's code, e.g. {@code AIR_QUALITY}
	 * @param metric the metric's name, e.g. {@code pm25}
	 */
	List<DailyReading> daily(String deviceType, String metric, LocalDate from, LocalDate to);
}
