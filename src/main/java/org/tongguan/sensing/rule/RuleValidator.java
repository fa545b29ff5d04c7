package org.tongguan.sensing.rule;

import java.time.Duration;

import org.springframework.stereotype.Component;
import org.tongguan.catalog.Catalog;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.CategoryVersion;
import org.tongguan.catalog.Urgency;
import org.tongguan.sensing.DeviceCode;
import org.tongguan.sensing.RuleId;
import org.tongguan.sensing.WarningLevel;
import org.tongguan.sensing.device.DeviceDirectory;
import org.tongguan.sensing.device.DeviceTypeSpec;
import org.tongguan.sensing.device.DeviceTypes;
import org.tongguan.sensing.device.RegisteredDevice;

/** Turns a draft into a valid rule or fails with every problem, each naming its field; nothing is stored before. */
@Component
class RuleValidator {

	static final int NAME_LENGTH = 100;

	private static final Duration MAX_SUSTAIN = Duration.ofDays(1);

	private static final Duration MIN_SILENCE = Duration.ofMinutes(1);

	private static final Duration MAX_SILENCE = Duration.ofDays(30);

	private final DeviceDirectory directory;

	private final DeviceTypes types;

	private final Catalog catalog;

	RuleValidator(DeviceDirectory directory, DeviceTypes types, Catalog catalog) {
		this.directory = directory;
		this.types = types;
		this.catalog = catalog;
	}

	AlarmRule validate(RuleId id, RuleDraft draft) {
		Problems problems = new Problems();
		String name = name(draft.name(), problems);
		DeviceTypeSpec type = scope(draft, problems);
		RuleKind kind = problems.choiceIgnoringCase(RuleKind.class, draft.kind(), "kind", true);
		if (kind == RuleKind.OFFLINE) {
			problems.add("kind", "OFFLINE is the built-in offline rule; use THRESHOLD, RATE or NO_DATA");
			kind = null;
		}
		String metric = metric(draft.metric(), type, kind, problems);
		Rule rule = new Rule(id, name, draft, metric, draft.enabled() == null || draft.enabled(),
				opening(draft, problems));
		AlarmRule valid = kind == RuleKind.NO_DATA ? noData(rule, problems) : measured(rule, kind, problems);
		if (valid.opening() != null) {
			checkReachable(valid, valid.opening().level(), problems);
		}
		problems.throwIfAny("The rule is invalid");
		return valid;
	}

	private static AlarmRule noData(Rule rule, Problems problems) {
		RuleDraft draft = rule.draft();
		if (draft.comparator() != null) {
			problems.add("comparator", "is not used by NO_DATA rules");
		}
		if (draft.clearThreshold() != null) {
			problems.add("clearThreshold", "is not used by NO_DATA rules");
		}
		if (draft.sustain() != null && !Duration.ZERO.toString().equals(draft.sustain())) {
			problems.add("sustain", "is not used by NO_DATA rules");
		}
		if (Boolean.TRUE.equals(draft.absolute())) {
			problems.add("absolute", "is only used by RATE rules");
		}
		if (draft.thresholds() != null && !draft.thresholds().isEmpty()) {
			problems.add("thresholds", "are not used by NO_DATA rules (give level and noDataFor)");
		}
		Duration silence = problems.duration(draft.noDataFor(), "noDataFor", true, MIN_SILENCE, MAX_SILENCE);
		WarningLevel level = problems.level(draft.level(), "level", true);
		return new AlarmRule(rule.id(), rule.name(), draft.deviceType(), draft.device(), rule.metric(),
				RuleKind.NO_DATA, null, false, LevelThresholds.NONE, null, Duration.ZERO, silence, level,
				rule.opening(), rule.enabled());
	}

	private static AlarmRule measured(Rule rule, RuleKind kind, Problems problems) {
		RuleDraft draft = rule.draft();
		if (draft.noDataFor() != null) {
			problems.add("noDataFor", "is only used by NO_DATA rules");
		}
		if (draft.level() != null) {
			problems.add("level", "is only used by NO_DATA rules (give thresholds per level)");
		}
		boolean absolute = Boolean.TRUE.equals(draft.absolute());
		if (absolute && kind == RuleKind.THRESHOLD) {
			problems.add("absolute", "is only used by RATE rules");
		}
		Comparison comparison = problems.choiceIgnoringCase(Comparison.class, draft.comparator(), "comparator", true);
		LevelThresholds thresholds = ThresholdRules.thresholds(draft.thresholds(), comparison, absolute, problems);
		Double clear = ThresholdRules.clear(draft.clearThreshold(), thresholds, comparison, problems);
		Duration sustain = problems.duration(draft.sustain(), "sustain", false, Duration.ZERO, MAX_SUSTAIN);
		return new AlarmRule(rule.id(), rule.name(), draft.deviceType(), draft.device(), rule.metric(), kind,
				comparison, absolute, thresholds == null ? LevelThresholds.NONE : thresholds, clear,
				sustain == null ? Duration.ZERO : sustain, null, null, rule.opening(), rule.enabled());
	}

	private static String name(String value, Problems problems) {
		if (value == null || value.isBlank()) {
			problems.add("name", "is required");
			return null;
		}
		if (value.strip().length() > NAME_LENGTH) {
			problems.add("name", "must be at most " + NAME_LENGTH + " characters");
		}
		return value.strip();
	}

	/** The type the rule's metrics come from: the named type, or the named device's type. */
	private DeviceTypeSpec scope(RuleDraft draft, Problems problems) {
		boolean typed = draft.deviceType() != null;
		boolean single = draft.device() != null;
		if (typed == single) {
			problems.add("deviceType", "give either deviceType (a rule for every device of the type) or device "
					+ "(a rule for one device)");
			return null;
		}
		if (typed) {
			DeviceTypeSpec type = types.find(draft.deviceType()).orElse(null);
			if (type == null) {
				problems.add("deviceType", "there is no device type '" + draft.deviceType() + "'");
			}
			return type;
		}
		RegisteredDevice device = DeviceCode.isValid(draft.device()) ? directory.find(draft.device()).orElse(null)
				: null;
		if (device == null) {
			problems.add("device", "there is no device '" + draft.device() + "'");
			return null;
		}
		return device.type();
	}

	private static String metric(String metric, DeviceTypeSpec type, RuleKind kind, Problems problems) {
		if (metric == null || metric.isBlank()) {
			if (kind == RuleKind.THRESHOLD || kind == RuleKind.RATE) {
				problems.add("metric", "is required for " + kind + " rules");
			}
			return null;
		}
		if (type != null && type.metric(metric) == null) {
			problems.add("metric", "devices of type " + type.code() + " report no metric '" + metric + "' (they report "
					+ type.metrics().stream().map(m -> m.name()).toList() + ")");
		}
		return metric;
	}

	private CaseOpening opening(RuleDraft draft, Problems problems) {
		WarningLevel level = problems.level(draft.caseLevel(), "caseLevel", false);
		Urgency urgency = problems.choiceIgnoringCase(Urgency.class, draft.urgency(), "urgency", false);
		CategoryCode category = null;
		if (draft.category() != null) {
			if (!CategoryCode.isValid(draft.category())) {
				problems.add("category", "'" + draft.category() + "' is not a category code: " + CategoryCode.FORM);
			}
			else {
				category = CategoryCode.of(draft.category());
				CategoryVersion version = catalog.current(category).orElse(null);
				if (version == null || !version.definition().active()) {
					problems.add("category", version == null ? "there is no sub-category " + category
							: category + " " + version.definition().name() + " is not in use");
				}
			}
		}
		if (draft.caseLevel() == null && (draft.category() != null || draft.urgency() != null)) {
			problems.add("caseLevel", "is required with category and urgency: the level from which a case opens");
		}
		if (draft.caseLevel() != null && draft.category() == null) {
			problems.add("category", "is required with caseLevel: the sub-category of the cases the rule opens");
		}
		return level == null || category == null ? null : new CaseOpening(level, category, urgency);
	}

	private static void checkReachable(AlarmRule rule, WarningLevel caseLevel, Problems problems) {
		boolean reachable = rule.kind() == RuleKind.NO_DATA ? rule.level() != null && rule.level().atLeast(caseLevel)
				: rule.thresholds().asMap().keySet().stream().anyMatch(level -> level.atLeast(caseLevel));
		if (!reachable) {
			problems.add("caseLevel", "the rule never reaches " + caseLevel + ", so it would never open a case");
		}
	}

	/** What every kind of rule has, read before the kind-specific fields. */
	private record Rule(RuleId id, String name, RuleDraft draft, String metric, boolean enabled, CaseOpening opening) {
	}
}
