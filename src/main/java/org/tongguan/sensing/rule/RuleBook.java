package org.tongguan.sensing.rule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.tongguan.sensing.device.RegisteredDevice;

/**
 * One immutable generation of the rules, indexed for the engine: the checks of each device type, and the device
 * rules that override (same metric and kind) or add to them. A new book replaces the old one in a single step.
 */
final class RuleBook {

	static final RuleBook EMPTY = new RuleBook(List.of());

	private static final RuleCheck[] NONE = new RuleCheck[0];

	private final List<AlarmRule> rules;

	private final Map<String, RuleCheck[]> byType = new HashMap<>();

	private final Map<String, List<RuleCheck>> byDevice = new HashMap<>();

	private final AlarmRule offline;

	RuleBook(List<AlarmRule> rules) {
		this.rules = List.copyOf(rules);
		Map<String, List<RuleCheck>> types = new HashMap<>();
		AlarmRule builtIn = null;
		for (AlarmRule rule : this.rules) {
			if (rule.kind() == RuleKind.OFFLINE) {
				builtIn = rule;
			}
			else if (rule.device() != null) {
				byDevice.computeIfAbsent(rule.device(), code -> new ArrayList<>()).add(new RuleCheck(rule));
			}
			else if (rule.enabled()) {
				types.computeIfAbsent(rule.deviceType(), code -> new ArrayList<>()).add(new RuleCheck(rule));
			}
		}
		types.forEach((type, checks) -> byType.put(type, checks.toArray(NONE)));
		this.offline = builtIn;
	}

	List<AlarmRule> rules() {
		return rules;
	}

	/** The built-in offline rule, or {@code null} when the database has none. */
	AlarmRule offline() {
		return offline;
	}

	/** The enabled checks that apply to the device, type rules first. */
	RuleCheck[] checksFor(RegisteredDevice device) {
		RuleCheck[] typeChecks = device.type() == null ? NONE : byType.getOrDefault(device.type().code(), NONE);
		List<RuleCheck> own = byDevice.get(device.code().value());
		if (own == null) {
			return typeChecks;
		}
		List<RuleCheck> checks = new ArrayList<>();
		for (RuleCheck check : typeChecks) {
			if (own.stream().noneMatch(mine -> overrides(mine, check))) {
				checks.add(check);
			}
		}
		own.stream().filter(check -> check.rule.enabled()).forEach(checks::add);
		return checks.toArray(NONE);
	}

	private static boolean overrides(RuleCheck device, RuleCheck type) {
		return device.kind == type.kind && Objects.equals(device.metric, type.metric);
	}
}
