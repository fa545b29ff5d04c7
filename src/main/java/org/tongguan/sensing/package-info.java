/**
 * Sensing (一网感知): device types and devices, telemetry ingestion over MQTT (embedded broker or an external one) and
 * HTTP, the telemetry store with latest values and downsampled history, alarm rules with four warning levels, alarms
 * and their lifecycle, device health, and the demo simulator.
 *
 * <p>Raw telemetry never leaves the module as events: only alarm and device-state changes do ({@link AlarmRaised},
 * {@link AlarmEscalated}, {@link AlarmCleared}, {@link DeviceOffline}, {@link DeviceOnline}), durable through the
 * event publication registry. Case handling listens to the alarm events and opens a case (channel SENSOR) when an
 * alarm reaches the level its rule names ({@link AlarmCase}).
 *
 * <p>Inside the module the path of a message is: transport ({@code mqtt}, or the HTTP batch endpoint) → authentication
 * against {@link org.tongguan.sensing.device.DeviceDirectory} → {@link org.tongguan.sensing.ingest.TelemetryIngestion}
 * (parse, validate, count rejections) → every {@link org.tongguan.sensing.ingest.ReadingListener} (latest values,
 * rules, health) → the batched telemetry store, which acknowledges QoS 1 messages once they are stored.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "region", "identity", "catalog" })
package org.tongguan.sensing;
