/**
 * Telemetry ingestion (接入): every transport hands a device's message to {@link
 * org.tongguan.sensing.ingest.TelemetryIngestion}, which checks the device's status, size and rate budget, parses
 * and validates the payload, counts rejections per device and reason, and hands accepted readings to every {@link
 * org.tongguan.sensing.ingest.ReadingListener} and to the {@link org.tongguan.sensing.ingest.TelemetrySink} that
 * stores them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "sensing.device" })
package org.tongguan.sensing.ingest;
