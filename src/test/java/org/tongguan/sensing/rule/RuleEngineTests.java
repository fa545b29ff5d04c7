package org.tongguan.sensing.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;
import static org.tongguan.sensing.WarningLevel.BLUE;
import static org.tongguan.sensing.WarningLevel.ORANGE;
import static org.tongguan.sensing.WarningLevel.RED;
import static org.tongguan.sensing.WarningLevel.YELLOW;
import static org.tongguan.sensing.rule.RuleFixture.device;
import static org.tongguan.sensing.rule.RuleFixture.noData;
import static org.tongguan.sensing.rule.RuleFixture.rate;
import static org.tongguan.sensing.rule.RuleFixture.threshold;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongguan.sensing.RuleId;
import org.tongguan.sensing.WarningLevel;
import org.tongguan.sensing.device.RegisteredDevice;

/** The rule engine's semantics, driven reading by reading with a clock the test moves. */
class RuleEngineTests {

	private static final LevelThresholds WATER = new LevelThresholds(0.15, 0.27, 0.40, 0.50);

	private static final AlarmRule WATER_LEVEL = threshold(1, "waterLevel", Comparison.GE, WATER, 0.10,
			Duration.ZERO);

	private final RuleFixture fixture = new RuleFixture();

	private final RegisteredDevice device = device(7, "WL-0007");

	@Test
	void raisesAtTheMostSevereLevelReachedAndEscalatesLevelByLevel() {
		fixture.rules(WATER_LEVEL);
		read(0.05, 0.20, 0.30, 0.45, 0.55);
		assertThat(fixture.levels()).containsExactly(BLUE, YELLOW, ORANGE, RED);
		assertThat(fixture.changes.get(0).from()).isNull();
		assertThat(fixture.last().from()).isEqualTo(ORANGE);
		assertThat(fixture.last().value()).isEqualTo(0.55);
	}

	@Test
	void aReadingMeasuredBeforeOneAlreadyEvaluatedChangesNothing() {
		fixture.rules(WATER_LEVEL);
		read(0.55);
		fixture.clock.advance(Duration.ofSeconds(1));
		read(0.55);
		fixture.readLate(device, Duration.ofMillis(500), "waterLevel", 0.05);
		assertThat(fixture.levels()).containsExactly(RED);
	}

	@Test
	void jumpsStraightToTheLevelTheFirstValueReaches() {
		fixture.rules(WATER_LEVEL);
		read(0.45);
		assertThat(fixture.levels()).containsExactly(ORANGE);
	}

	@Test
	void deEscalatesAndClearsOnlyOnceTheValueIsBackPastTheClearThreshold() {
		fixture.rules(WATER_LEVEL);
		read(0.55, 0.30, 0.12, 0.11, 0.10, 0.09);
		assertThat(fixture.levels()).containsExactly(RED, YELLOW, BLUE, null);
		assertThat(fixture.last().from()).isEqualTo(BLUE);
	}

	@Test
	void withoutAClearThresholdClearsAsSoonAsNoLevelHolds() {
		fixture.rules(threshold(1, "waterLevel", Comparison.GE, WATER, null, Duration.ZERO));
		read(0.20, 0.14);
		assertThat(fixture.levels()).containsExactly(BLUE, null);
	}

	@Test
	void alarmsOnLowValuesWithLowerThanComparators() {
		fixture.rules(threshold(1, "battery", Comparison.LE, new LevelThresholds(20.0, 10.0, null, null), 25.0,
				Duration.ZERO));
		readMetric("battery", 30, 20, 9, 15, 24, 26);
		assertThat(fixture.levels()).containsExactly(BLUE, YELLOW, BLUE, null);
	}

	@Test
	void raisesOnlyAfterTheConditionHeldForTheSustainedDuration() {
		fixture.rules(threshold(1, "waterLevel", Comparison.GE, new LevelThresholds(null, 0.70, 0.80, null), null,
				Duration.ofMinutes(5)));
		readEveryMinute(0.75, 0.75, 0.75, 0.75, 0.75);
		assertThat(fixture.changes).isEmpty();
		readEveryMinute(0.75);
		assertThat(fixture.levels()).containsExactly(YELLOW);
	}

	@Test
	void sustainedDurationStartsAgainWhenTheConditionBreaks() {
		fixture.rules(threshold(1, "waterLevel", Comparison.GE, new LevelThresholds(null, 0.70, 0.80, null), null,
				Duration.ofMinutes(5)));
		readEveryMinute(0.75, 0.75, 0.75, 0.65, 0.75, 0.75, 0.75, 0.75, 0.75);
		assertThat(fixture.changes).isEmpty();
		readEveryMinute(0.75);
		assertThat(fixture.levels()).containsExactly(YELLOW);
	}

	@Test
	void escalationAlsoWaitsForTheSustainedDurationButDeEscalationDoesNot() {
		fixture.rules(threshold(1, "waterLevel", Comparison.GE, new LevelThresholds(null, 0.70, 0.80, null), null,
				Duration.ofMinutes(5)));
		readEveryMinute(0.75, 0.75, 0.75, 0.75, 0.75, 0.75, 0.85, 0.85, 0.85, 0.85, 0.85);
		assertThat(fixture.levels()).containsExactly(YELLOW);
		readEveryMinute(0.85);
		assertThat(fixture.levels()).containsExactly(YELLOW, ORANGE);
		readEveryMinute(0.75);
		assertThat(fixture.levels()).containsExactly(YELLOW, ORANGE, YELLOW);
	}

	@Test
	void comparesTheAbsoluteRateOfChangePerMinute() {
		fixture.rules(rate(1, true, new LevelThresholds(null, null, 0.5, null)));
		readEveryMinute(1.0, 1.2, 1.8, 1.2, 1.1);
		assertThat(fixture.levels()).containsExactly(ORANGE, null);
		assertThat(fixture.changes.get(0).value()).isCloseTo(0.6, offset(1e-9));
	}

	@Test
	void signedRatesAlarmOnlyOnChangesInTheComparatorsDirection() {
		fixture.rules(rate(1, false, new LevelThresholds(null, null, 0.5, null)));
		readEveryMinute(2.0, 1.2, 0.4, 1.0);
		assertThat(fixture.levels()).containsExactly(ORANGE);
	}

	@Test
	void rateIsPerMinuteWhateverTheSpacingOfReadings() {
		fixture.rules(rate(1, true, new LevelThresholds(null, null, 0.5, null)));
		read(1.0);
		fixture.clock.advance(Duration.ofSeconds(30));
		read(1.3);
		assertThat(fixture.levels()).containsExactly(ORANGE);
		assertThat(fixture.last().value()).isCloseTo(0.6, offset(1e-9));
	}

	@Test
	void raisesNoDataWhenADeviceStaysSilentAndClearsOnItsNextReading() {
		fixture.rules(noData(1, "waterLevel", Duration.ofMinutes(30)));
		read(0.05);
		fixture.clock.advance(Duration.ofMinutes(29));
		fixture.engine().sweep(List.of(device));
		assertThat(fixture.changes).isEmpty();
		fixture.clock.advance(Duration.ofMinutes(1));
		fixture.engine().sweep(List.of(device));
		fixture.engine().sweep(List.of(device));
		assertThat(fixture.levels()).containsExactly(BLUE);
		read(0.05);
		assertThat(fixture.levels()).containsExactly(BLUE, null);
	}

	@Test
	void readingsOfOtherMetricsDoNotCountAsDataForAMetricsNoDataRule() {
		fixture.rules(noData(1, "waterLevel", Duration.ofMinutes(30)));
		read(0.05);
		fixture.clock.advance(Duration.ofMinutes(20));
		readMetric("battery", 80);
		fixture.clock.advance(Duration.ofMinutes(10));
		fixture.engine().sweep(List.of(device));
		assertThat(fixture.levels()).containsExactly(BLUE);
	}

	@Test
	void aDeviceNeverHeardFromCountsAsSilentFromTheFirstCheck() {
		fixture.rules(noData(1, null, Duration.ofMinutes(30)));
		fixture.engine().sweep(List.of(device));
		fixture.clock.advance(Duration.ofMinutes(30));
		fixture.engine().sweep(List.of(device));
		assertThat(fixture.levels()).containsExactly(BLUE);
	}

	@Test
	void aManuallyClearedAlarmStaysQuietUntilTheValueWasNormalAgain() {
		fixture.rules(WATER_LEVEL);
		read(0.30);
		fixture.engine().silence(device.code().value(), device.id(), new RuleId(1));
		read(0.45, 0.12);
		assertThat(fixture.levels()).containsExactly(YELLOW);
		read(0.05, 0.30);
		assertThat(fixture.levels()).containsExactly(YELLOW, YELLOW);
	}

	@Test
	void editedRulesTakeEffectOnTheNextReadingAndWithdrawnRulesClearTheirAlarms() {
		fixture.rules(WATER_LEVEL);
		read(0.20);
		fixture.rules(threshold(1, "waterLevel", Comparison.GE, new LevelThresholds(0.05, 0.10, 0.15, 0.18), 0.01,
				Duration.ZERO));
		read(0.20);
		assertThat(fixture.levels()).containsExactly(BLUE, RED);
		fixture.rules();
		assertThat(fixture.levels()).containsExactly(BLUE, RED, null);
		assertThat(fixture.last().rule()).isNull();
		assertThat(fixture.last().note()).isNotNull();
	}

	@Test
	void aDeviceRuleOverridesTheTypeRuleOfTheSameMetricAndKind() {
		AlarmRule own = new AlarmRule(new RuleId(2), "own", null, device.code().value(), "waterLevel",
				RuleKind.THRESHOLD, Comparison.GE, false, new LevelThresholds(null, null, null, 1.0), null,
				Duration.ZERO, null, null,
				null, true);
		fixture.rules(WATER_LEVEL, own);
		read(0.45);
		assertThat(fixture.changes).isEmpty();
		read(1.2);
		assertThat(fixture.levels()).containsExactly(RED);
		assertThat(fixture.last().ruleId().value()).isEqualTo(2);
		read(0.45, 0.30);
		RegisteredDevice other = device(8, "WL-0008");
		fixture.read(other, "waterLevel", 0.45);
		assertThat(fixture.last().ruleId().value()).isEqualTo(1);
	}

	@Test
	void continuesTheAlarmsStoredBeforeTheStart() {
		Map<RuleId, WarningLevel> levels = new HashMap<>(Map.of(new RuleId(1), YELLOW, new RuleId(99), BLUE));
		fixture.stored.put(device.id(), levels);
		fixture.rules(WATER_LEVEL);
		read(0.30);
		assertThat(fixture.changes).extracting(change -> change.ruleId().value(), LevelChange::from, LevelChange::to)
			.containsExactly(tuple(99L, BLUE, null));
		read(0.05);
		assertThat(fixture.last().from()).isEqualTo(YELLOW);
		assertThat(fixture.last().to()).isNull();
	}

	@Test
	void devicesKeepTheirOwnState() {
		fixture.rules(WATER_LEVEL);
		RegisteredDevice other = device(8, "WL-0008");
		read(0.30);
		fixture.read(other, "waterLevel", 0.05);
		read(0.31);
		fixture.read(other, "waterLevel", 0.45);
		assertThat(fixture.changes).extracting(change -> change.device().code().value(), LevelChange::to)
			.containsExactly(tuple("WL-0007", YELLOW),
					tuple("WL-0008", ORANGE));
	}

	private void read(double... values) {
		readMetric("waterLevel", values);
	}

	private void readMetric(String metric, double... values) {
		Arrays.stream(values).forEach(value -> fixture.read(device, metric, value));
	}

	private void readEveryMinute(double... values) {
		for (double value : values) {
			read(value);
			fixture.clock.advance(Duration.ofMinutes(1));
		}
	}
}
