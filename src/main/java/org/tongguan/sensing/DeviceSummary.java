package org.tongguan.sensing;

import org.tongguan.identity.DepartmentCode;
import org.tongguan.region.RegionCode;

/**
 * A registered device (设备) as other modules see it.
 *
 * @param type the code of its device type, e.g. {@code water-level}
 * @param typeName the type's name, e.g. 积水监测仪
 * @param grid the unit grid its point lies in, {@code null} where the city has none
 * @param owner the department that owns and maintains it (权属部门)
 * @param active whether it is in use (not in maintenance, not retired)
 */
public record DeviceSummary(DeviceCode code, String name, String type, String typeName, double longitude,
		double latitude, RegionCode grid, DepartmentCode owner, boolean active) {
}
