/**
 * The telemetry store (遥测存储): accepted readings written in batches by one writer thread, the latest value of each
 * device's metrics in memory, downsampled history, retention, and the archive store that writes imported readings
 * with their measured times.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "sensing", "sensing::batching", "sensing.device", "sensing.ingest" })
package org.tongguan.sensing.telemetry;
