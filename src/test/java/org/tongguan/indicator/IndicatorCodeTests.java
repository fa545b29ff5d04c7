package org.tongguan.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Indicator codes in the manner of GB/T 33356: three levels, each knowing its parent, ordered as the hierarchy. */
class IndicatorCodeTests {

	@Test
	void eachLevelKnowsItsParent() {
		assertThat(IndicatorCode.of("L3").level()).isEqualTo(1);
		assertThat(IndicatorCode.of("L3").parent()).isEmpty();
		assertThat(IndicatorCode.of("L3P12").level()).isEqualTo(2);
		assertThat(IndicatorCode.of("L3P12").parent()).contains(IndicatorCode.of("L3"));
		assertThat(IndicatorCode.of("L3P12-A150").level()).isEqualTo(3);
		assertThat(IndicatorCode.of("L3P12-A150").parent()).contains(IndicatorCode.of("L3P12"));
	}

	@Test
	void sortKeysOrderCodesAsTheHierarchyDoes() {
		List<String> sorted = List.of("L10", "L2P10", "L2", "L2P2-A10", "L2P2", "L2P2-A9").stream()
			.map(IndicatorCode::of)
			.sorted(Comparator.comparing(IndicatorCode::sortKey))
			.map(IndicatorCode::value)
			.toList();
		assertThat(sorted).containsExactly("L2", "L2P2", "L2P2-A9", "L2P2-A10", "L2P10", "L10");
	}

	@Test
	void otherShapesAreNoCodes() {
		for (String text : List.of("", "L0", "L100", "l1", "L1P0", "L1-A1", "L1P1-A1000", "L1P1A1", "P1", "L01")) {
			assertThat(IndicatorCode.isValid(text)).as(text).isFalse();
		}
		assertThatIllegalArgumentException().isThrownBy(() -> IndicatorCode.of("L1P1-A0"))
			.withMessageContaining(IndicatorCode.FORM);
	}
}
