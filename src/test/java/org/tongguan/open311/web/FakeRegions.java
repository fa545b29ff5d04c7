package org.tongguan.open311.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tongguan.region.Location;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.Regions;

/** The two regions the fake cases lie in, 福田区 and its 园岭街道, by code; nothing else. */
class FakeRegions implements Regions {

	private final Map<RegionCode, Region> regions = Map.of(RegionCode.of("440304"),
			new Region(RegionCode.of("440304"), "福田区", RegionLevel.DISTRICT, RegionCode.of("440300")),
			RegionCode.of("440304001"),
			new Region(RegionCode.of("440304001"), "园岭街道", RegionLevel.STREET, RegionCode.of("440304")));

	@Override
	public Optional<Location> locate(double longitude, double latitude) {
		return Optional.empty();
	}

	@Override
	public Optional<Region> find(RegionCode code) {
		return Optional.ofNullable(regions.get(code));
	}

	@Override
	public List<Region> list(RegionLevel level) {
		return regions.values().stream().filter(region -> region.level() == level).toList();
	}

	@Override
	public List<Region> named(String name, RegionLevel level) {
		return regions.values()
			.stream()
			.filter(region -> region.name().equals(name) && (level == null || region.level() == level))
			.toList();
	}

	@Override
	public boolean isWithin(RegionCode code, RegionCode ancestor) {
		return code.value().startsWith(ancestor.value());
	}

	@Override
	public List<Region> lineage(RegionCode code) {
		return find(code).stream().toList();
	}
}
