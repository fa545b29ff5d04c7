package org.tongguan.region;

import java.util.List;
import java.util.Optional;

/** The region hierarchy other modules read: point lookup, regions by code or name and subtree checks. */
public interface Regions {

	/** Where a WGS-84-style lon/lat point lies, or empty when it is outside every city. */
	Optional<Location> locate(double longitude, double latitude);

	/** The region with this code; empty for {@link RegionCode#PLATFORM}, which is no stored region. */
	Optional<Region> find(RegionCode code);

	/** The regions of one level, ordered by code. */
	List<Region> list(RegionLevel level);

	/** The regions with exactly this name, of this level or of any level when {@code level} is {@code null}. */
	List<Region> named(String name, RegionLevel level);

	/**
	 * Whether {@code code} is {@code ancestor} itself or lies anywhere below it; every code lies within
	 * {@link RegionCode#PLATFORM}.
	 */
	boolean isWithin(RegionCode code, RegionCode ancestor);

	/** The region and its ancestors, from the region itself up to its city or province. */
	List<Region> lineage(RegionCode code);
}
