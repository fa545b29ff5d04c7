package org.tongguan.indicator.computed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tongguan.casework.CaseFigures;
import org.tongguan.casework.CaseFigures.Figures;
import org.tongguan.casework.Channel;
import org.tongguan.indicator.IndicatorCode;

/**
 * How a mapped indicator reads its value from a report of the case statistics: over all cases from the total, over a
 * channel from its group, over a 大类 as the sum of its sub-categories, a channel's share of all reported cases.
 */
class CaseBasisTests {

	private static final CaseFigures.Report BY_CHANNEL = new CaseFigures.Report(figures(null, 8, 80.0),
			List.of(figures("HOTLINE", 2, null), figures("INSPECTOR", 6, 75.0)));

	private static final CaseFigures.Report BY_CATEGORY = new CaseFigures.Report(figures(null, 9, 80.0),
			List.of(figures("C0101", 1, null), figures("E0501", 3, null), figures("E0505", 4, null),
					figures("E0101", 1, null)));

	@Test
	void readsTheTotalAChannelsGroupTheSumOverACategoryPrefixAndAChannelsShare() {
		assertThat(basis(CaseFigure.REPORTED, null, null).value(BY_CHANNEL, 0)).isEqualTo(8.0);
		assertThat(basis(CaseFigure.CLOSURE_RATE, Channel.INSPECTOR, null).value(BY_CHANNEL, 0)).isEqualTo(75.0);
		assertThat(basis(CaseFigure.CLOSURE_RATE, Channel.SENSOR, null).value(BY_CHANNEL, 0)).isNull();
		assertThat(basis(CaseFigure.REPORTED, Channel.SENSOR, null).value(BY_CHANNEL, 0)).isZero();
		assertThat(basis(CaseFigure.REPORTED, null, "E05").value(BY_CATEGORY, 0)).isEqualTo(7.0);
		assertThat(basis(CaseFigure.SHARE_OF_REPORTED, Channel.HOTLINE, null).value(BY_CHANNEL, 0)).isEqualTo(25.0);
		assertThat(basis(CaseFigure.SHARE_OF_REPORTED, null, "E0").value(BY_CATEGORY, 0)).isEqualTo(88.89);
	}

	@Test
	void publishesNoRateShareOrMedianOverFewerCasesThanTheSmallestSampleButStillEveryCount() {
		assertThat(basis(CaseFigure.CLOSURE_RATE, Channel.INSPECTOR, null).value(BY_CHANNEL, 7)).isNull();
		assertThat(basis(CaseFigure.CLOSURE_RATE, Channel.INSPECTOR, null).value(BY_CHANNEL, 6)).isEqualTo(75.0);
		assertThat(basis(CaseFigure.CLOSURE_RATE, null, null).value(BY_CHANNEL, 9)).isNull();
		assertThat(basis(CaseFigure.SHARE_OF_REPORTED, Channel.HOTLINE, null).value(BY_CHANNEL, 9)).isNull();
		assertThat(basis(CaseFigure.SHARE_OF_REPORTED, Channel.HOTLINE, null).value(BY_CHANNEL, 8)).isEqualTo(25.0);
		assertThat(basis(CaseFigure.REPORTED, Channel.HOTLINE, null).value(BY_CHANNEL, 100)).isEqualTo(2.0);
	}

	@Test
	void readsTotalsFromAnyReportAndLeavesAnotherChannelsFiguresToCaseChanges() {
		assertThat(basis(CaseFigure.CLOSURE_RATE, null, null).grouping()).isNull();
		assertThat(basis(CaseFigure.REPORTED, Channel.INSPECTOR, null).grouping())
			.isEqualTo(CaseFigures.Grouping.CHANNEL);
		assertThat(basis(CaseFigure.REPORTED, null, "E05").grouping()).isEqualTo(CaseFigures.Grouping.CATEGORY);
		assertThat(basis(CaseFigure.REPORTED, null, null).movedByImports()).isTrue();
		assertThat(basis(CaseFigure.REPORTED, null, "E05").movedByImports()).isTrue();
		assertThat(basis(CaseFigure.SHARE_OF_REPORTED, Channel.HOTLINE, null).movedByImports()).isTrue();
		assertThat(basis(CaseFigure.REPORTED, Channel.HISTORY_IMPORT, null).movedByImports()).isTrue();
		assertThat(basis(CaseFigure.CLOSURE_RATE, Channel.INSPECTOR, null).movedByImports()).isFalse();
	}

	@Test
	void aRateCannotBeReadOverACategoryPrefix() {
		assertThatThrownBy(() -> basis(CaseFigure.CLOSURE_RATE, null, "E05"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("does not add up");
	}

	private static CaseBasis basis(CaseFigure figure, Channel channel, String category) {
		return new CaseBasis(IndicatorCode.of("L14P1-A3"), figure, channel, category);
	}

	private static Figures figures(String key, long reported, Double closureRate) {
		return new Figures(key, reported, 0, 0, closureRate, null, null, null, null, null, null);
	}
}
