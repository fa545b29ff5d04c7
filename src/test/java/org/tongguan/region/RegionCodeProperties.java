package org.tongguan.region;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A region's subtree is one range of codes in text order (what case queries scope by): every code that starts with
 * the region's code lies from it up to {@link RegionCode#subtreeEnd()}, and every other code lies outside. Codes are
 * drawn with few distinct digits, so that codes sharing a prefix, and nines, come up often.
 */
class RegionCodeProperties {

	@Property(tries = 5000)
	void aCodeLiesInARegionsRangeExactlyWhenItStartsWithTheRegionsCode(@ForAll("regions") String region,
			@ForAll("codes") String code) {
		String end = RegionCode.of(region).subtreeEnd().orElse(null);
		boolean inRange = code.compareTo(region) >= 0 && (end == null || code.compareTo(end) < 0);
		assertThat(inRange).as("%s in [%s, %s)", code, region, end).isEqualTo(code.startsWith(region));
	}

	@Example
	void theSubtreeOfACodeOfNinesHasNoEnd() {
		assertThat(RegionCode.of("999999999").subtreeEnd()).isEmpty();
		assertThat(RegionCode.of("440304009").subtreeEnd()).contains("440304010");
		assertThat(RegionCode.of("440304199999").subtreeEnd()).contains("440304200000");
	}

	@Example
	void aCodeLiesInTheDistrictItsFirstSixDigitsName() {
		assertThat(RegionCode.of("440304001002003").district()).isEqualTo(RegionCode.of("440304"));
		assertThat(RegionCode.of("440304").district()).isEqualTo(RegionCode.of("440304"));
	}

	@Provide
	Arbitrary<String> regions() {
		return Arbitraries.of(6, 9, 12).flatMap(this::digits);
	}

	@Provide
	Arbitrary<String> codes() {
		return Arbitraries.of(6, 9, 12, 15).flatMap(this::digits);
	}

	private Arbitrary<String> digits(int length) {
		return Arbitraries.strings().withChars('0', '8', '9').ofLength(length);
	}
}
