package org.tongguan.identity.web;

import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.Regions;

/** A region code with its name and level, as shown for scopes and served regions. */
record RegionView(String code, String name, RegionLevel level) {

	static RegionView of(RegionCode code, Regions regions) {
		if (code.isPlatform()) {
			return new RegionView(code.value(), "全平台", null);
		}
		return regions.find(code)
			.map(region -> new RegionView(code.value(), region.name(), region.level()))
			.orElseGet(() -> new RegionView(code.value(), null, null));
	}
}
