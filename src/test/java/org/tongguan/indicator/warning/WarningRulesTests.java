package org.tongguan.indicator.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.indicator.AccessGrade;
import org.tongguan.indicator.Direction;
import org.tongguan.indicator.Frequency;
import org.tongguan.indicator.IndicatorClass;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.IndicatorDomain;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.IndicatorSource;
import org.tongguan.indicator.Period;
import org.tongguan.indicator.ThresholdLevel;
import org.tongguan.indicator.Thresholds;
import org.tongguan.indicator.ValueRange;
import org.tongguan.indicator.WarningLevel;
import org.tongguan.region.RegionLevel;

/**
 * The warning rules on their own: bands reached at their bounds and held within the hysteresis on both sides of a
 * target band, changes on the side the direction warns on, the gap to a target or a band, and the periods compared.
 */
class WarningRulesTests {

	private static final Thresholds BAND = new Thresholds(List.of(new ThresholdLevel(WarningLevel.YELLOW, 1.0, 3.0),
			new ThresholdLevel(WarningLevel.RED, 0.0, 5.0)), 0.5, 10.0, 20.0, 25.0);

	@Test
	void aTargetBandWarnsOnBothSidesAndHoldsItsLevelOnlyWithinTheHysteresis() {
		IndicatorPlan plan = plan(Direction.TARGET_BAND, null, new ValueRange(2.0, 2.5));
		assertThat(WarningRules.band(plan, 2.0, null)).isEmpty();
		assertThat(WarningRules.band(plan, 3.0, null).orElseThrow().level()).isEqualTo(WarningLevel.YELLOW);
		assertThat(WarningRules.band(plan, -0.1, null).orElseThrow().bound()).isEqualTo(0.0);
		assertThat(WarningRules.band(plan, 4.6, WarningLevel.RED).orElseThrow().level()).isEqualTo(WarningLevel.RED);
		assertThat(WarningRules.band(plan, 4.5, WarningLevel.RED).orElseThrow().level())
			.isEqualTo(WarningLevel.YELLOW);
		assertThat(WarningRules.band(plan, 2.6, WarningLevel.YELLOW).orElseThrow().message()).contains("回差 0.5 内");
		assertThat(WarningRules.band(plan, 2.5, WarningLevel.YELLOW)).isEmpty();
		assertThat(WarningRules.band(plan, 1.4, WarningLevel.YELLOW)).isPresent();
		assertThat(WarningRules.band(plan, 4.6, null).orElseThrow().level()).isEqualTo(WarningLevel.YELLOW);
	}

	@Test
	void changesWarnOnlyOnTheSideTheDirectionWarnsOn() {
		IndicatorPlan better = plan(Direction.HIGHER_BETTER, 80.0, ValueRange.ANY);
		assertThat(WarningRules.change(WarningKind.CHANGE_PREVIOUS, better, 120, 100.0)).isEmpty();
		Finding fall = WarningRules.change(WarningKind.CHANGE_PREVIOUS, better, 85, 100.0).orElseThrow();
		assertThat(fall.bound()).isEqualTo(90.0);
		assertThat(fall.message()).contains("环比下降 15%");
		assertThat(WarningRules.change(WarningKind.CHANGE_YEAR, better, 85, 100.0)).isEmpty();
		assertThat(WarningRules.change(WarningKind.CHANGE_YEAR, better, 79, 100.0).orElseThrow().level())
			.isEqualTo(WarningLevel.YELLOW);
		assertThat(WarningRules.change(WarningKind.CHANGE_YEAR, better, 79, null)).isEmpty();
		assertThat(WarningRules.change(WarningKind.CHANGE_YEAR, better, 79, 0.0)).isEmpty();
		IndicatorPlan band = plan(Direction.TARGET_BAND, null, new ValueRange(2.0, 2.5));
		assertThat(WarningRules.change(WarningKind.CHANGE_PREVIOUS, band, 2.3, 2.0)).isPresent();
	}

	@Test
	void theGapToTheTargetWarnsOnlyOnTheBadSideBeyondThePlansPercentage() {
		IndicatorPlan better = plan(Direction.HIGHER_BETTER, 80.0, ValueRange.ANY);
		assertThat(WarningRules.targetGap(better, 61)).isEmpty();
		Finding gap = WarningRules.targetGap(better, 59).orElseThrow();
		assertThat(gap.level()).isEqualTo(WarningLevel.BLUE);
		assertThat(gap.bound()).isEqualTo(60.0);
		assertThat(WarningRules.targetGap(better, 200)).isEmpty();
		IndicatorPlan band = plan(Direction.TARGET_BAND, null, new ValueRange(2.0, 4.0));
		assertThat(WarningRules.targetGap(band, 3.0)).isEmpty();
		assertThat(WarningRules.targetGap(band, 5.1).orElseThrow().bound()).isEqualTo(5.0);
		assertThat(WarningRules.targetGap(band, 1.4).orElseThrow().message()).contains("低于目标 2");
	}

	@Test
	void theComparedPeriodsAreThePreviousOneAndTheOneAYearBefore() {
		Period week = Period.parse(Frequency.WEEKLY, "2026-W01");
		assertThat(WarningRules.previous(week)).isEqualTo(LocalDate.of(2025, 12, 22));
		assertThat(WarningRules.yearAgo(Period.parse(Frequency.QUARTERLY, "2026-Q1")))
			.isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(WarningRules.previous(Period.parse(Frequency.DAILY, "2024-03-01")))
			.isEqualTo(LocalDate.of(2024, 2, 29));
	}

	private static IndicatorPlan plan(Direction direction, Double target, ValueRange band) {
		return new IndicatorPlan(IndicatorCode.of("L1"), "居民消费价格涨幅", "定义", "口径", "方法", "%", direction,
				IndicatorClass.ENTERPRISE, IndicatorDomain.ECONOMY, RegionLevel.CITY, Frequency.MONTHLY,
				Duration.ofDays(15), new IndicatorSource(new DepartmentCode("440300-TONGJI"), "cpi"),
				new DepartmentCode("440300-TONGJI"), List.of(), AccessGrade.PUBLIC, false, ValueRange.ANY, target, band,
				BAND, "研判", false);
	}
}
