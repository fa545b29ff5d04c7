package org.tongguan.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A region's subtree is every code starting with its significant prefix; the platform's is every code. */
class RegionSubtreeTests {

	@Test
	void theSignificantPrefixFollowsTheGbT2260Form() {
		assertThat(RegionCode.PLATFORM.significantPrefix()).isEmpty();
		assertThat(RegionCode.of("440000").significantPrefix()).isEqualTo("44");
		assertThat(RegionCode.of("440300").significantPrefix()).isEqualTo("4403");
		assertThat(RegionCode.of("440304").significantPrefix()).isEqualTo("440304");
		assertThat(RegionCode.of("440304001").significantPrefix()).isEqualTo("440304001");
	}

	@Test
	void aProvinceCoversItsCitiesAndACityItsDistrictsButNotTheirNeighbours() {
		assertThat(RegionCode.of("440000").covers(RegionCode.of("440304001001001"))).isTrue();
		assertThat(RegionCode.of("440300").covers(RegionCode.of("440304"))).isTrue();
		assertThat(RegionCode.of("440300").covers(RegionCode.of("440404"))).isFalse();
		assertThat(RegionCode.of("440000").covers(RegionCode.of("450100"))).isFalse();
		assertThat(RegionCode.PLATFORM.covers(RegionCode.of("990171"))).isTrue();
	}

	@Test
	void theColumnsConditionIsARangeOfDistrictCodesForAProvinceOrCity() {
		assertThat(RegionColumns.within(RegionCode.of("440000"))).isEqualTo(
				new RegionColumns("(district_code >= ? AND district_code < ?)", List.of("44", "45")));
		assertThat(RegionColumns.within(RegionCode.of("449900")).params()).containsExactly("4499", "4500");
		assertThat(RegionColumns.within(RegionCode.of("990000"))).isEqualTo(
				new RegionColumns("district_code >= ?", List.of("99")));
		assertThat(RegionColumns.within(RegionCode.of("440304"))).isEqualTo(
				new RegionColumns("district_code = ?", List.of("440304")));
		assertThat(RegionColumns.within(RegionCode.of("440304001001")).sql()).isEqualTo("community_code = ?");
		assertThat(RegionColumns.within(RegionCode.PLATFORM).sql()).isNull();
		assertThat(RegionColumns.within(RegionCode.of("440300")).orPlaceless().sql())
			.isEqualTo("((district_code >= ? AND district_code < ?) OR district_code IS NULL)");
	}
}
