package org.tongguan.catalog.internal;

import java.util.EnumMap;
import java.util.Map;

import org.tongguan.catalog.CategoryLimits;
import org.tongguan.catalog.Stage;
import org.tongguan.catalog.Urgency;
import org.tongguan.shared.TimeLimit;
import org.tongguan.shared.Violations;

/**
 * Checks the limits of a draft: every limit present, positive and with a unit; every stage limited; more urgent
 * levels no longer than less urgent ones; no stage longer than the overall limit.
 *
 * <p>Limits in different units are compared in nominal hours: a working day counts as 8 working hours (the national
 * standard working day), or as 24 hours for sub-categories on the 24×7 calendar.
 */
final class LimitRules {

	static final int WORKING_DAY_HOURS = 8;

	private LimitRules() {
	}

	/** The limits, or {@code null} when any is wrong (each wrong one is added to the findings). */
	static CategoryLimits limits(CategoryDraft draft, boolean roundTheClock, Violations findings) {
		int before = findings.count();
		Urgency defaultUrgency = findings.choice(Urgency.class, draft.defaultUrgency(), "defaultUrgency", true);
		Map<Urgency, TimeLimit> urgencies = keyed(Urgency.class, draft.urgencyLimits(), "urgencyLimits", findings);
		Map<Stage, TimeLimit> stages = keyed(Stage.class, draft.stageLimits(), "stageLimits", findings);
		if (defaultUrgency != null && draft.urgencyLimits() != null && !draft.urgencyLimits()
			.containsKey(defaultUrgency.name())) {
			findings.add("urgencyLimits." + defaultUrgency, "is required: it is the default urgency");
		}
		for (Stage stage : Stage.values()) {
			if (draft.stageLimits() != null && !draft.stageLimits().containsKey(stage.name())) {
				findings.add("stageLimits." + stage, "is required (" + stage.label() + ")");
			}
		}
		if (findings.count() > before || defaultUrgency == null) {
			return null;
		}
		checkUrgencyOrder(urgencies, roundTheClock, findings);
		TimeLimit overall = urgencies.get(defaultUrgency);
		stages.forEach((stage, limit) -> {
			if (hours(limit, roundTheClock) > hours(overall, roundTheClock)) {
				findings.add("stageLimits." + stage, stage + " (" + describe(limit)
						+ ") is longer than the overall limit (" + describe(overall) + ")");
			}
		});
		return findings.count() == before ? new CategoryLimits(defaultUrgency, urgencies, stages) : null;
	}

	/** One limit, or {@code null} when it is missing or wrong. */
	static TimeLimit limit(LimitDraft draft, String field, Violations findings) {
		if (draft == null) {
			findings.add(field, "is required");
			return null;
		}
		TimeLimit.Unit unit = findings.choice(TimeLimit.Unit.class, draft.unit(), field + ".unit", true);
		if (draft.amount() == null) {
			findings.add(field + ".amount", "is required");
		}
		else if (draft.amount() < 0) {
			findings.add(field + ".amount", "must not be negative");
		}
		else if (draft.amount() == 0) {
			findings.add(field + ".amount", "must be at least 1");
		}
		else if (unit != null) {
			return new TimeLimit(draft.amount(), unit);
		}
		return null;
	}

	/** The limit in nominal hours. */
	static long hours(TimeLimit limit, boolean roundTheClock) {
		return switch (limit.unit()) {
			case WORKING_HOURS -> limit.amount();
			case WORKING_DAYS -> (long) limit.amount() * (roundTheClock ? 24 : WORKING_DAY_HOURS);
		};
	}

	/** The limit in words, e.g. {@code 5 working hours}. */
	static String describe(TimeLimit limit) {
		String unit = limit.unit() == TimeLimit.Unit.WORKING_HOURS ? "working hour" : "working day";
		return limit.amount() + " " + unit + (limit.amount() == 1 ? "" : "s");
	}

	static void checkUrgencyOrder(Map<Urgency, TimeLimit> urgencies, boolean roundTheClock,
			Violations findings) {
		Map.Entry<Urgency, TimeLimit> lessUrgent = null;
		for (Map.Entry<Urgency, TimeLimit> entry : urgencies.entrySet()) {
			if (lessUrgent != null
					&& hours(entry.getValue(), roundTheClock) > hours(lessUrgent.getValue(), roundTheClock)) {
				findings.add("urgencyLimits." + entry.getKey(),
						entry.getKey() + " (" + describe(entry.getValue()) + ") must not be longer than "
								+ lessUrgent.getKey() + " (" + describe(lessUrgent.getValue()) + ")");
			}
			lessUrgent = entry;
		}
	}

	static <K extends Enum<K>> Map<K, TimeLimit> keyed(Class<K> type, Map<String, LimitDraft> drafts,
			String field, Violations findings) {
		Map<K, TimeLimit> limits = new EnumMap<>(type);
		if (drafts == null || drafts.isEmpty()) {
			findings.add(field, "is required");
			return limits;
		}
		drafts.forEach((name, draft) -> {
			K key = findings.choice(type, name, field + "." + name, true);
			TimeLimit limit = limit(draft, field + "." + name, findings);
			if (key != null && limit != null) {
				limits.put(key, limit);
			}
		});
		return limits;
	}
}
