package org.tongguan.casework.internal;

import org.springframework.stereotype.Component;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.Regions;

/**
 * Restricts case queries to a region subtree ({@link RegionBounds}): the caller's data scope (数据权限) or a requested
 * region.
 */
@Component
class ScopeClause {

	private final Regions regions;

	ScopeClause(Regions regions) {
		this.regions = regions;
	}

	/** Adds the condition that the case lies in the region's subtree; an unknown region matches nothing. */
	void within(Where where, String alias, RegionCode region) {
		RegionLevel level = regions.find(region).map(Region::level).orElse(null);
		if (level == null) {
			where.and("1 = 0");
			return;
		}
		for (RegionBounds.Bound bound : RegionBounds.of(region, level)) {
			where.and(alias + bound.column() + " " + bound.operator() + " ?", bound.value());
		}
	}
}
