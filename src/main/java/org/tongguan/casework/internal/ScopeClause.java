package org.tongguan.casework.internal;

import org.springframework.stereotype.Component;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.Regions;

/**
 * Restricts case queries to a region subtree: the caller's data scope (数据权限) or a requested region. A district
 * is matched by its own column; a street, community or grid by its district and the range of finest region codes its
 * subtree spans, both read from one index.
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
		switch (level) {
			case CITY -> {
				// The platform runs one city: its whole scope is every case.
			}
			case DISTRICT -> where.and(alias + "district_code = ?", region);
			case STREET, COMMUNITY, GRID -> {
				where.and(alias + "district_code = ?", region.district());
				where.and(alias + "region_code >= ?", region.value());
				region.subtreeEnd().ifPresent(end -> where.and(alias + "region_code < ?", end));
			}
		}
	}
}
