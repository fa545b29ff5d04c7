package org.tongguan.casework.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tongguan.region.Region;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.Regions;

/**
 * The districts, streets, communities and grids by exact name, for rows placed by a region name (a neighbourhood
 * name in the old system's export). Built once per import from {@link Regions#list}; when the region module offers a
 * lookup by name, only {@link #named} changes.
 */
final class RegionNames {

	/** The levels a case can be placed in by name, coarsest first. */
	static final List<RegionLevel> LEVELS = List.of(RegionLevel.DISTRICT, RegionLevel.STREET, RegionLevel.COMMUNITY,
			RegionLevel.GRID);

	private final Regions regions;

	private Map<String, List<Region>> byName;

	RegionNames(Regions regions) {
		this.regions = regions;
	}

	/** The regions of the placing levels with exactly this name, coarsest first. */
	List<Region> named(String name) {
		if (byName == null) {
			byName = new HashMap<>();
			for (RegionLevel level : LEVELS) {
				regions.list(level).forEach(region -> byName.computeIfAbsent(region.name(), key -> new ArrayList<>())
					.add(region));
			}
		}
		return byName.getOrDefault(name, List.of());
	}
}
