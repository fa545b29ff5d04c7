package org.tongguan.indicator.warning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.stereotype.Component;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.Regions;

/**
 * Where a warning's case lies: an address of the region's names from its city down (深圳市福田区梅林街道), which case
 * intake locates to the district and street. A case must lie in a district; a warning for a whole city is placed in
 * the city's first district by code and says so (深圳市全市（归口罗湖区）).
 */
@Component
class CasePlaces {

	private final Regions regions;

	CasePlaces(Regions regions) {
		this.regions = regions;
	}

	/** The address of the region for a case. */
	String address(RegionCode region) {
		List<Region> lineage = new ArrayList<>(regions.lineage(region));
		Collections.reverse(lineage);
		StringBuilder address = new StringBuilder();
		boolean district = false;
		for (Region found : lineage) {
			if (found.level().compareTo(RegionLevel.CITY) >= 0) {
				address.append(found.name());
			}
			district |= found.level() == RegionLevel.DISTRICT;
		}
		if (!district) {
			regions.list(RegionLevel.DISTRICT)
				.stream()
				.filter(found -> regions.isWithin(found.code(), region))
				.findFirst()
				.ifPresent(first -> address.append("全市（归口").append(first.name()).append("）"));
		}
		return address.toString();
	}

	/** The region's name, its code when the platform has none. */
	String name(RegionCode region) {
		return regions.find(region).map(Region::name).orElse(region.value());
	}
}
