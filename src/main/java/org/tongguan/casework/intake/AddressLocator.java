package org.tongguan.casework.intake;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tongguan.casework.store.CasePlace;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.Regions;

/**
 * Locates an address-only report by the region names its address contains: it must name a district (福田区) or a
 * street that names it in turn (梅林街道), and may name a community (梅林一村社区) that narrows it further. On a
 * platform of several cities, a province or city named in the address (吉林省长春市朝阳区) narrows the search first, so
 * districts of the same name in other cities do not make it ambiguous. A level named ambiguously (two streets) is left out; the grid stays unknown until an inspector locates the
 * matter on site.
 */
@Component
class AddressLocator {

	private final Regions regions;

	AddressLocator(Regions regions) {
		this.regions = regions;
	}

	/** The regions the address names, empty when it names no district (directly or through a street). */
	Optional<CasePlace> locate(String address) {
		String text = address.replaceAll("\\s+", "");
		Region province = unique(named(RegionLevel.PROVINCE, text, null));
		Region city = unique(named(RegionLevel.CITY, text, province == null ? null : province.code()));
		RegionCode area = city != null ? city.code() : province == null ? null : province.code();
		List<Region> districts = named(RegionLevel.DISTRICT, text, area);
		if (districts.size() > 1) {
			return Optional.empty();
		}
		RegionCode district = districts.isEmpty() ? null : districts.get(0).code();
		Region street = unique(named(RegionLevel.STREET, text, district == null ? area : district));
		if (district == null && street != null) {
			district = street.parent();
		}
		if (district == null) {
			return Optional.empty();
		}
		Region community = unique(named(RegionLevel.COMMUNITY, text, street == null ? district : street.code()));
		RegionCode streetCode = street != null ? street.code() : community == null ? null : community.parent();
		return Optional.of(new CasePlace(null, null, address.strip(), null,
				community == null ? null : community.code(), streetCode, district));
	}

	private List<Region> named(RegionLevel level, String text, RegionCode within) {
		return regions.list(level)
			.stream()
			.filter(region -> !region.name().isBlank() && text.contains(region.name()))
			.filter(region -> within == null || regions.isWithin(region.code(), within))
			.toList();
	}

	private static Region unique(List<Region> matches) {
		return matches.size() == 1 ? matches.get(0) : null;
	}
}
