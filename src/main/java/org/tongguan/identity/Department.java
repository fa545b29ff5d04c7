package org.tongguan.identity;

import java.util.Set;

import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;

/**
 * A department (专业部门) at city, district or street level and the regions it serves.
 *
 * @param code its code
 * @param name its name, e.g. 福田区城市管理和综合执法局
 * @param function its line of work
 * @param level the level it sits at (CITY, DISTRICT or STREET)
 * @param home the region it belongs to (a province, a city, a district or a street)
 * @param serves the region subtrees it serves (usually just {@code home})
 * @param enabled whether it takes work; a disabled department receives no dispatch
 * @param mergedInto the department it was merged into, or {@code null}
 */
public record Department(DepartmentCode code, String name, DepartmentFunction function, RegionLevel level,
		RegionCode home, Set<RegionCode> serves, boolean enabled, DepartmentCode mergedInto) {

	/** An enabled department that was never merged. */
	public Department(DepartmentCode code, String name, DepartmentFunction function, RegionLevel level,
			RegionCode home, Set<RegionCode> serves) {
		this(code, name, function, level, home, serves, true, null);
	}
}
