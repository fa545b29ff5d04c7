package org.tongguan.indicator.topic;

import java.util.List;
import java.util.Map;

import org.tongguan.shared.Violations;

/**
 * Checks a topic's sections (分区, {@code layout.sections}: {@code [{"title": "大气", "from": 1, "to": 8}, …]}): each
 * titled and holding the indicators from one position to another (from 1), the sections following each other so
 * that every indicator of the topic stands in exactly one. A layout without sections shows all in one.
 */
final class SectionChecks {

	private static final int LONGEST_TITLE = 100;

	private SectionChecks() {
	}

	/** Adds a problem for each wrong section of the layout of a topic with this many indicators. */
	static void check(Map<String, Object> layout, int indicators, Violations problems) {
		Object sections = layout == null ? null : layout.get("sections");
		if (sections == null) {
			return;
		}
		if (!(sections instanceof List<?> list)) {
			problems.add("layout.sections", "must be a list of sections {title, from, to}");
			return;
		}
		int next = 1;
		for (int i = 0; i < list.size(); i++) {
			String field = "layout.sections[" + i + "]";
			if (!(list.get(i) instanceof Map<?, ?> section)) {
				problems.add(field, "must be a section {title, from, to}");
				next = 0;
				continue;
			}
			Object title = section.get("title");
			problems.text(title == null ? null : String.valueOf(title), field + ".title", LONGEST_TITLE, true);
			next = next == 0 ? 0 : range(section.get("from"), section.get("to"), next, indicators, field, problems);
		}
		if (next > 0 && next <= indicators && !list.isEmpty()) {
			problems.add("layout.sections", "indicators " + next + " to " + indicators
					+ " stand in no section: the last section ends at the topic's last indicator");
		}
	}

	/** The position after the section, or 0 (and a problem) when its range cannot follow the one before. */
	private static int range(Object fromValue, Object toValue, int next, int indicators, String field,
			Violations problems) {
		if (!(fromValue instanceof Integer from) || !(toValue instanceof Integer to)) {
			problems.add(field, "names the positions of its first and last indicator (from, to) as whole numbers");
			return 0;
		}
		if (from != next) {
			problems.add(field, "begins at indicator " + from + " but indicator " + next
					+ " is next: the sections follow each other from the first indicator");
			return 0;
		}
		if (to < from) {
			problems.add(field, "holds no indicator: a section holds at least one");
			return 0;
		}
		if (to > indicators) {
			problems.add(field, "ends at indicator " + to + " but the topic has " + indicators);
			return 0;
		}
		return to + 1;
	}
}
