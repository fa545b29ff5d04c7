package org.tongguan.identity.department;

import java.util.List;

import org.tongguan.region.RegionLevel;

/**
 * What an administrator submits to create or change a department, before validation.
 *
 * @param name its name
 * @param function its line of work: a function code or label
 * @param level CITY, DISTRICT or STREET
 * @param home the code of the region it belongs to, of that level
 * @param serves the codes of the region subtrees it serves; {@code home} alone when empty
 */
public record DepartmentDraft(String name, String function, RegionLevel level, String home,
		List<String> serves) {
}
