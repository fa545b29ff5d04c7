package org.tongguan.identity;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

class PublicPathsTests {

	@Test
	void rejectsPatternsThatAreNotAbsolutePaths() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PublicPaths("intake", List.of("open311/**")));
	}

	@Test
	void rejectsContributionsWithoutPurposeOrPatterns() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PublicPaths(" ", List.of("/open311/**")));
		assertThatIllegalArgumentException().isThrownBy(() -> new PublicPaths("intake", List.of()));
	}
}
