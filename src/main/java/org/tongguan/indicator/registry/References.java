package org.tongguan.indicator.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.tongguan.shared.Violations;

/** The references cell of a registry CSV row: {@code FRAMEWORK:clause} items separated by {@code ;}. */
final class References {

	private References() {
	}

	/** The references the cell names; a blank cell names none. */
	static List<PlanDraft.Reference> read(String cell, Violations problems) {
		List<PlanDraft.Reference> references = new ArrayList<>();
		if (cell == null) {
			return references;
		}
		for (String item : cell.split(";")) {
			if (item.isBlank()) {
				continue;
			}
			int colon = item.indexOf(':');
			if (colon < 0) {
				problems.add("references", "'" + item.strip() + "' is not FRAMEWORK:clause, e.g. ISO_37120:8.1");
				continue;
			}
			references.add(new PlanDraft.Reference(item.substring(0, colon).strip(), item.substring(colon + 1).strip()));
		}
		return references;
	}

	/** The cell of these references. */
	static String write(List<PlanDraft.Reference> references) {
		return references.stream()
			.map(reference -> reference.framework() + ":" + reference.clause())
			.collect(Collectors.joining("; "));
	}
}
