/**
 * Sensing (一网感知): device types and devices, telemetry ingestion over MQTT (embedded broker or an external one) and
 * HTTP, the telemetry store with latest values and downsampled history, alarm rules with four warning levels, alarms
 * and their lifecycle, device health, and the demo simulator.
 *
 * <p>The root package is the API for other modules: the events and the ids. Raw telemetry never leaves the module as
 * events: only alarm and device-state changes do ({@link AlarmRaised}, {@link AlarmEscalated},
 * {@link AlarmDeescalated}, {@link AlarmCleared}, {@link DeviceOffline}, {@link DeviceOnline}), durable through the
 * event publication registry. Case handling listens to the alarm events and opens a case (channel SENSOR) when an
 * alarm reaches the level its rule names ({@link AlarmCase}).
 *
 * <p>Inside, the module is split along its stack into nested application modules, each depending only on those
 * below it: {@code device} (registry and the in-memory directory) ← {@code ingest} (the entrance: parse, validate,
 * count rejections, hand readings on) ← {@code telemetry} (the batched store, latest values, history) and
 * {@code rule} (the rule engine) ← {@code health} (online state) ← {@code alarm} (alarms from the rule engine's level
 * changes, and their lifecycle) ← {@code archive} (imported sensor archives); {@code mqtt} (the brokers and the
 * client) sits on {@code ingest}; the demo {@code simulator} on {@code device} and the MQTT client, with nothing
 * depending on it. {@code batching} is the writer thread {@code alarm} and {@code telemetry} share.
 *
 * <p>The path of a message: transport ({@code mqtt}, or HTTP in {@code ingest.web}) → authentication against
 * {@link org.tongguan.sensing.device.DeviceDirectory} → {@link org.tongguan.sensing.ingest.TelemetryIngestion}
 * → every {@link org.tongguan.sensing.ingest.ReadingListener} (latest values, rules, health) → the batched telemetry
 * store, which acknowledges QoS 1 messages once they are stored.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "region", "identity", "catalog" })
package org.tongguan.sensing;
