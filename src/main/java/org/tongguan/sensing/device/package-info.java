/**
 * The device registry (设备台账): device types with their metrics, devices located to their grid and owned by a
 * department, one-time device secrets (only their SHA-256 is stored), CSV import, the demo devices, and the in-memory
 * {@link org.tongguan.sensing.device.DeviceDirectory} that ingestion, rules and health read, changed only after a
 * change of the registry commits. See {@code docs/sensing-devices.md} for the REST API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "region", "identity", "sensing" })
package org.tongguan.sensing.device;
