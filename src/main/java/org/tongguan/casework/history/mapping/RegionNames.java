package org.tongguan.casework.history.mapping;

import java.util.List;

import org.tongguan.region.Region;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.Regions;

/**
 * The districts, streets, communities and grids by exact name, for rows placed by a region name (a neighbourhood
 * name in the old system's export), read from the region module's name index.
 */
public final class RegionNames {

	/** The levels a case can be placed in by name, coarsest first. */
	public static final List<RegionLevel> LEVELS = List.of(RegionLevel.DISTRICT, RegionLevel.STREET,
			RegionLevel.COMMUNITY, RegionLevel.GRID);

	private final Regions regions;

	RegionNames(Regions regions) {
		this.regions = regions;
	}

	/** The regions of the placing levels with exactly this name, coarsest first. */
	List<Region> named(String name) {
		return regions.named(name, null).stream().filter(region -> LEVELS.contains(region.level())).toList();
	}
}
