package org.tongguan.casework.query;

import org.springframework.stereotype.Component;
import org.tongguan.region.RegionCode;
import org.tongguan.region.Regions;

/**
 * Restricts case queries to a region subtree ({@link RegionBounds}): the caller's data scope (数据权限) or a requested
 * region; the platform-wide scope ({@link RegionCode#PLATFORM}) is every case.
 */
@Component
public class ScopeClause {

	private final Regions regions;

	ScopeClause(Regions regions) {
		this.regions = regions;
	}

	/** Adds the condition that the case lies in the region's subtree; an unknown region matches nothing. */
	public void within(Where where, String alias, RegionCode region) {
		if (!region.isPlatform() && regions.find(region).isEmpty()) {
			where.and("1 = 0");
			return;
		}
		for (RegionBounds.Bound bound : RegionBounds.of(region)) {
			where.and(alias + bound.column() + " " + bound.operator() + " ?", bound.value());
		}
	}
}
