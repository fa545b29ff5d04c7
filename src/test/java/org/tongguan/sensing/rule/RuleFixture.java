package org.tongguan.sensing.rule;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tongguan.identity.DepartmentCode;
import org.tongguan.sensing.DeviceCode;
import org.tongguan.sensing.RuleId;
import org.tongguan.sensing.WarningLevel;
import org.tongguan.sensing.device.DeviceId;
import org.tongguan.sensing.device.DeviceStatus;
import org.tongguan.sensing.device.DeviceTypeSpec;
import org.tongguan.sensing.device.MetricSpec;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.ingest.Reading;
import org.tongguan.support.TestClock;

/**
 * A rule engine over rules the test sets, a clock the test moves and a sink that keeps every level change; no
 * database and no Spring.
 */
final class RuleFixture implements LevelChanges {

	static final Instant START = Instant.parse("2026-11-23T01:00:00Z");

	static final DeviceTypeSpec WATER = new DeviceTypeSpec("water-level", "积水监测仪",
			List.of(new MetricSpec("waterLevel", "积水深度", "m", 0, 10), new MetricSpec("battery", "电量", "%", 0, 100)),
			Duration.ofMinutes(10), false);

	final List<LevelChange> changes = new ArrayList<>();

	final Map<DeviceId, Map<RuleId, WarningLevel>> stored = new HashMap<>();

	final TestClock clock = new TestClock(START, ZoneId.of("Asia/Shanghai"));

	private final RuleStore store = mock(RuleStore.class);

	private final List<AlarmRule> rules = new ArrayList<>();

	private RuleBooks books;

	private RuleEngine engine;

	RuleEngine engine() {
		if (engine == null) {
			rules(rules.toArray(AlarmRule[]::new));
			books = new RuleBooks(store);
			engine = new RuleEngine(books, this, clock);
		}
		return engine;
	}

	/** Sets the stored rules; once the engine runs, replaces them as an edit through the API would. */
	RuleFixture rules(AlarmRule... given) {
		rules.clear();
		rules.addAll(List.of(given));
		when(store.all()).thenReturn(rules.stream().map(rule -> new StoredRule(rule, "test", START)).toList());
		if (books != null && books.reload()) {
			engine.refresh();
		}
		return this;
	}

	static RegisteredDevice device(long id, String code) {
		return new RegisteredDevice(new DeviceId(id), new DeviceCode(code), "深南大道" + id + "号", WATER, 114.05,
				22.54, null, new DepartmentCode("440304-SW"), DeviceStatus.ACTIVE);
	}

	/** A reading of the device measured now (by the test clock). */
	void read(RegisteredDevice device, String metric, double value) {
		engine().onReading(new Reading(device, clock.instant(), clock.instant(), Map.of(metric, value)));
	}

	/** A reading of the device measured some time ago that arrives now. */
	void readLate(RegisteredDevice device, Duration ago, String metric, double value) {
		engine().onReading(new Reading(device, clock.instant().minus(ago), clock.instant(), Map.of(metric, value)));
	}

	/** The levels the changes went through, e.g. [BLUE, YELLOW, null]. */
	List<WarningLevel> levels() {
		return changes.stream().map(LevelChange::to).toList();
	}

	LevelChange last() {
		return changes.get(changes.size() - 1);
	}

	@Override
	public void submit(LevelChange change) {
		changes.add(change);
	}

	@Override
	public Map<DeviceId, Map<RuleId, WarningLevel>> activeLevels() {
		return stored;
	}

	static AlarmRule threshold(long id, String metric, Comparison comparison, LevelThresholds thresholds,
			Double clear, Duration sustain) {
		return new AlarmRule(new RuleId(id), "rule " + id, "water-level", null, metric, RuleKind.THRESHOLD,
				comparison, false, thresholds, clear, sustain, null, null, null, true);
	}

	static AlarmRule rate(long id, boolean absolute, LevelThresholds thresholds) {
		return new AlarmRule(new RuleId(id), "rate " + id, "water-level", null, "waterLevel", RuleKind.RATE,
				Comparison.GE, absolute, thresholds, null, Duration.ZERO, null, null, null, true);
	}

	static AlarmRule noData(long id, String metric, Duration silence) {
		return new AlarmRule(new RuleId(id), "no data " + id, "water-level", null, metric, RuleKind.NO_DATA, null,
				false, LevelThresholds.NONE, null, Duration.ZERO, silence, WarningLevel.BLUE, null, true);
	}
}
