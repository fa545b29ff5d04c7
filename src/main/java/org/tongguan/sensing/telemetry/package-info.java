/**
 * The telemetry store (遥测存储): accepted readings written in batches by one writer thread (the
 * {@link org.tongguan.sensing.ingest.TelemetrySink} of ingestion), the latest value of each device's metrics in
 * memory and its snapshot, downsampled history, retention, and the store of imported archive readings.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "sensing", "sensing::batching", "sensing.device", "sensing.ingest" })
package org.tongguan.sensing.telemetry;
