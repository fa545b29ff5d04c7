package org.tongguan.region;

import java.util.List;
import java.util.Optional;

/** The region hierarchy other modules read: point lookup, regions by code and subtree checks. */
public interface Regions {

	/** Where a WGS-84-style lon/lat point lies, or empty when it is outside the city. */
	Optional<Location> locate(double longitude, double latitude);

	/** The region with this code. */
	Optional<Region> find(RegionCode code);

	/** The regions of one level, ordered by code. */
	List<Region> list(RegionLevel level);

	/** Whether {@code code} is {@code ancestor} itself or lies anywhere below it. */
	boolean isWithin(RegionCode code, RegionCode ancestor);

	/** The region and its ancestors, from the region itself up to the city. */
	List<Region> lineage(RegionCode code);
}
