/**
 * Device health (设备在线状态): when each device was last heard from, whether it is online, the offline scan that marks
 * silent devices offline, and the events {@link org.tongguan.sensing.DeviceOffline} and {@link
 * org.tongguan.sensing.DeviceOnline}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "sensing", "sensing.device", "sensing.ingest", "sensing.telemetry" })
package org.tongguan.sensing.health;
