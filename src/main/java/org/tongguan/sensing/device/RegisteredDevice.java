package org.tongguan.sensing.device;

import org.tongguan.identity.DepartmentCode;
import org.tongguan.region.RegionCode;
import org.tongguan.sensing.DeviceCode;

/**
 * A device as the hot path sees it: a snapshot held in memory by {@link DeviceDirectory}; {@code id} is the number
 * the telemetry store and alarms refer to, {@code grid} the grid its point lies in (null outside every grid).
 */
public record RegisteredDevice(DeviceId id, DeviceCode code, String name, DeviceTypeSpec type, double longitude,
		double latitude, RegionCode grid, DepartmentCode owner, DeviceStatus status) {
}
