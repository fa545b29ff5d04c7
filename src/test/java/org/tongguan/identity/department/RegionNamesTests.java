package org.tongguan.identity.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.Regions;
import org.tongguan.shared.Violation;

class RegionNamesTests {

	private static final RegionCode CITY = RegionCode.of("440300");

	private final Regions regions = mock(Regions.class);

	private final RegionNames names = new RegionNames(regions);

	private final List<Violation> violations = new ArrayList<>();

	@Test
	void anExactNameAtTheLevelNamesItsRegion() {
		givenDistricts(district("440304", "福田区"), district("440305", "南山区"));

		assertThat(names.resolve("南山区", RegionLevel.DISTRICT, "region", violations)).map(Region::code)
			.contains(RegionCode.of("440305"));
		assertThat(violations).isEmpty();
	}

	@Test
	void aNameOfSeveralRegionsIsAmbiguousAndNamesTheirCodes() {
		givenDistricts(district("440304", "新区"), district("440305", "新区"));

		assertThat(names.resolve("新区", RegionLevel.DISTRICT, "region", violations)).isEmpty();
		assertThat(violations).singleElement()
			.satisfies(violation -> assertThat(violation.message()).contains("440304", "440305"));
	}

	@Test
	void anUnknownNameOrCodeIsNamed() {
		givenDistricts(district("440304", "福田区"));
		when(regions.find(RegionCode.of("440399"))).thenReturn(Optional.empty());

		assertThat(names.resolve("罗湖区", RegionLevel.DISTRICT, "region", violations)).isEmpty();
		assertThat(names.resolve("440399", RegionLevel.DISTRICT, "serves[0]", violations)).isEmpty();
		assertThat(violations).extracting(Violation::field).containsExactly("region", "serves[0]");
		assertThat(violations.get(0).message()).contains("罗湖区");
	}

	private void givenDistricts(Region... districts) {
		when(regions.named(any(), eq(RegionLevel.DISTRICT))).thenReturn(List.of());
		Stream.of(districts).collect(Collectors.groupingBy(Region::name)).forEach((name, named) ->
				when(regions.named(name, RegionLevel.DISTRICT)).thenReturn(named));
	}

	private static Region district(String code, String name) {
		return new Region(RegionCode.of(code), name, RegionLevel.DISTRICT, CITY);
	}
}
