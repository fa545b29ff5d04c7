package org.tongguan.casework.statistics.figures;

import java.util.HashMap;
import java.util.Map;

import org.tongguan.casework.statistics.GroupBy;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.Regions;

/**
 * The group key of a row: the column's value, or for a grouping by province or city the code of the district's
 * ancestor at that level, looked up in the region hierarchy (once per district).
 */
public final class GroupKeys {

	private final RegionLevel rollUp;

	private final Regions regions;

	private final Map<String, String> ancestors = new HashMap<>();

	public GroupKeys(GroupBy groupBy, Regions regions) {
		this.rollUp = groupBy.rollUp();
		this.regions = regions;
	}

	/** The key of the group the row with this column value belongs to; {@code null} for none. */
	public String of(String value) {
		if (rollUp == null || value == null) {
			return value;
		}
		return ancestors.computeIfAbsent(value, district -> regions.lineage(RegionCode.of(district))
			.stream()
			.filter(region -> region.level() == rollUp)
			.findFirst()
			.map(Region::code)
			.map(RegionCode::value)
			.orElse(null));
	}
}
