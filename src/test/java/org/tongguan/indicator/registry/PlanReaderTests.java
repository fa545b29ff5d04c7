package org.tongguan.indicator.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tongguan.indicator.Direction;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.ThresholdLevel;
import org.tongguan.indicator.WarningLevel;
import org.tongguan.shared.Violation;
import org.tongguan.shared.Violations;

/** A draft read into a plan: the target band, thresholds on the side the direction warns on, delays. */
class PlanReaderTests {

	@Test
	void aTargetBandIndicatorWarnsOnBothSidesOfItsBand() {
		Violations problems = new Violations();
		IndicatorPlan plan = PlanReader.read(draft(Direction.TARGET_BAND, null, 2.0, 3.0,
				List.of(new PlanDraft.Threshold("YELLOW", 1.0, 4.0), new PlanDraft.Threshold("RED", 0.0, 5.0)), 0.5,
				"P1D"), problems);
		assertThat(problems.all()).isEmpty();
		assertThat(plan.targetBand().min()).isEqualTo(2.0);
		assertThat(plan.thresholds().levels()).containsExactly(new ThresholdLevel(WarningLevel.YELLOW, 1.0, 4.0),
				new ThresholdLevel(WarningLevel.RED, 0.0, 5.0));
		assertThat(plan.thresholds().hysteresis()).isEqualTo(0.5);
		assertThat(plan.expectedDelay()).isEqualTo(Duration.ofDays(1));
		assertThat(PlanDraft.of(plan).expectedDelay()).isEqualTo("P1D");
	}

	@Test
	void levelsMustGrowStricterAndAppearOnce() {
		assertThat(fields(draft(Direction.TARGET_BAND, null, 2.0, 3.0, List.of(new PlanDraft.Threshold("YELLOW",
				1.0, 4.0), new PlanDraft.Threshold("RED", 1.5, 3.5), new PlanDraft.Threshold("YELLOW", 0.0, null)),
				-1.0, "PT30H"))).containsExactly("thresholds[2].level", "hysteresis", "thresholds", "thresholds");
		assertThat(fields(draft(Direction.HIGHER_BETTER, 200.0, null, null, List.of(
				new PlanDraft.Threshold("BLUE", null, null)), null, "P400D"))).containsExactly("expectedDelay",
						"target", "thresholds[0]");
	}

	@Test
	void aDelayIsWrittenInDaysWhenItIsWholeDays() {
		assertThat(Delays.text(Duration.ofDays(15))).isEqualTo("P15D");
		assertThat(Delays.text(Duration.ofHours(30))).isEqualTo("PT30H");
		assertThat(Delays.text(Duration.ZERO)).isEqualTo("PT0S");
		assertThat(Delays.parse("-PT1H")).isEmpty();
		assertThat(Delays.parse("soon")).isEmpty();
	}

	private static List<String> fields(PlanDraft draft) {
		Violations problems = new Violations();
		assertThat(PlanReader.read(draft, problems)).isNull();
		return problems.all().stream().map(Violation::field).toList();
	}

	private static PlanDraft draft(Direction direction, Double target, Double targetLow, Double targetHigh,
			List<PlanDraft.Threshold> thresholds, Double hysteresis, String delay) {
		return new PlanDraft("L1", "CPI 同比涨幅", "居民消费价格同比", "全市", "统计局公布", "%", direction.name(),
				"ENTERPRISE", "ECONOMY", "CITY", "MONTHLY", delay, "440300-SHICHANG", "cpi", "440300-SHICHANG",
				List.of(), "PUBLIC", null, -10.0, 100.0, target, targetLow, targetHigh, thresholds, hysteresis,
				null, null, null, "研判物价", null, null);
	}
}
