package org.tongguan.indicator.demo;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.Regions;

/**
 * A city with its districts and their streets: the regions a demo series is drawn for.
 *
 * @param city the city
 * @param districts its districts, by code
 * @param streets the streets of each district, by code
 */
record CityTree(Region city, List<Region> districts, Map<RegionCode, List<Region>> streets) {

	/** Every city of the platform with its districts and streets. */
	static List<CityTree> of(Regions regions) {
		Map<RegionCode, List<Region>> districts = byParent(regions.list(RegionLevel.DISTRICT));
		Map<RegionCode, List<Region>> streets = byParent(regions.list(RegionLevel.STREET));
		return regions.list(RegionLevel.CITY)
			.stream()
			.map(city -> new CityTree(city, districts.getOrDefault(city.code(), List.of()), streets))
			.toList();
	}

	/** The streets of the district, by code. */
	List<Region> streetsOf(Region district) {
		return streets.getOrDefault(district.code(), List.of());
	}

	private static Map<RegionCode, List<Region>> byParent(List<Region> regions) {
		return regions.stream()
			.filter(region -> region.parent() != null)
			.collect(Collectors.groupingBy(Region::parent));
	}
}
