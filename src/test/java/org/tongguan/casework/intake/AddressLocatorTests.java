package org.tongguan.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.tongguan.casework.store.CasePlace;
import org.tongguan.region.Location;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.Regions;

/** Address-only reports on a platform of two cities that both have a 朝阳区. */
class AddressLocatorTests {

	private final AddressLocator locator = new AddressLocator(new ListedRegions(List.of(
			region("110000", "北京市", RegionLevel.CITY, null), region("110105", "朝阳区", RegionLevel.DISTRICT, "110000"),
			region("220000", "吉林省", RegionLevel.PROVINCE, null), region("220100", "长春市", RegionLevel.CITY, "220000"),
			region("220104", "朝阳区", RegionLevel.DISTRICT, "220100"),
			region("220104001", "前进街道", RegionLevel.STREET, "220104"))));

	@Test
	void aCityNamedInTheAddressSettlesADistrictNameTwoCitiesShare() {
		assertThat(locator.locate("吉林省长春市朝阳区人民大街 1 号").map(CasePlace::district))
			.contains(RegionCode.of("220104"));
		assertThat(locator.locate("北京市朝阳区建国路 1 号").map(CasePlace::district)).contains(RegionCode.of("110105"));
	}

	@Test
	void aDistrictNameTwoCitiesShareLocatesNothingWithoutTheCity() {
		assertThat(locator.locate("朝阳区建国路 1 号")).isEmpty();
	}

	@Test
	void aStreetNamesItsDistrictWithinTheNamedProvince() {
		assertThat(locator.locate("吉林省前进街道 8 号").map(CasePlace::street)).contains(RegionCode.of("220104001"));
	}

	private static Region region(String code, String name, RegionLevel level, String parent) {
		return new Region(RegionCode.of(code), name, level, parent == null ? null : RegionCode.of(parent));
	}

	/** A hierarchy from a list, without boundaries. */
	private record ListedRegions(List<Region> all) implements Regions {

		@Override
		public Optional<Location> locate(double longitude, double latitude) {
			return Optional.empty();
		}

		@Override
		public Optional<Region> find(RegionCode code) {
			return all.stream().filter(region -> region.code().equals(code)).findFirst();
		}

		@Override
		public List<Region> list(RegionLevel level) {
			return all.stream().filter(region -> region.level() == level).toList();
		}

		@Override
		public List<Region> named(String name, RegionLevel level) {
			return all.stream().filter(region -> region.name().equals(name) && region.level() == level).toList();
		}

		@Override
		public boolean isWithin(RegionCode code, RegionCode ancestor) {
			for (Optional<Region> at = find(code); at.isPresent(); at = at.get().parent() == null ? Optional.empty()
					: find(at.get().parent())) {
				if (at.get().code().equals(ancestor)) {
					return true;
				}
			}
			return false;
		}

		@Override
		public List<Region> lineage(RegionCode code) {
			return List.of();
		}
	}
}
