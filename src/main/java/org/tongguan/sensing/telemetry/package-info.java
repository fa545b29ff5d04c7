/**
 * The telemetry store (遥测存储): accepted readings written in batches by one writer thread (the
 * {@link org.tongguan.sensing.ingest.TelemetrySink} of ingestion), the latest value of each device's metrics in
 * memory and its snapshot, downsampled history, retention, the store of imported archive readings, and the day totals
 * per district ({@link org.tongguan.sensing.DailyReadings}, 日统计) kept in the same transactions as the readings.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "region", "identity", "sensing", "sensing::batching", "sensing.device",
				"sensing.ingest" })
package org.tongguan.sensing.telemetry;
