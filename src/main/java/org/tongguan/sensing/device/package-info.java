/**
 * The device registry (设备台账): device types with their metrics, devices located to their grid and owned by a
 * department, one-time device secrets (only their SHA-256 is stored), and the in-memory
 * {@link org.tongguan.sensing.device.DeviceDirectory} that ingestion, rules and health read, changed only after a
 * change of the registry commits; {@link org.tongguan.sensing.device.DeviceScope} says whether the caller may see a
 * device. The root package is what the other sensing modules use; the store, validation, secrets and directory
 * updates are public only for this module's own sub-packages: {@code registry} (registration and CSV import),
 * {@code query} (the device list), {@code demo} (the demo devices) and {@code web}. See
 * {@code docs/sensing-devices.md} for the REST API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "region", "identity", "sensing" })
package org.tongguan.sensing.device;
