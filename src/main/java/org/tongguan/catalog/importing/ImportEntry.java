package org.tongguan.catalog.importing;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tongguan.catalog.internal.CategoryDraft;
import org.tongguan.shared.Violation;

/**
 * One sub-category of an import file with where it stands, so that every problem names its line or item.
 *
 * @param line the CSV line, {@code null} for JSON
 * @param item {@code line 7} or {@code categories[3]}
 * @param draft the sub-category as the file states it
 * @param cellErrors problems found while reading the cells (CSV)
 */
record ImportEntry(Integer line, String item, CategoryDraft draft, List<Violation> cellErrors) {

	/** CSV columns by the draft field they fill, so that CSV errors name the column the user wrote. */
	private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("major", "majorCode"),
			Map.entry("responsibility.city", "cityFunction"), Map.entry("responsibility.district", "districtFunction"),
			Map.entry("responsibility.street", "streetFunction"),
			Map.entry("responsibility.dispatchLevel", "defaultLevel"), Map.entry("responsibility", "cityFunction"),
			Map.entry("urgencyLimits", "limit"));

	/** A problem of this entry: {@code field = "line 7"} naming the column, or {@code categories[3].name}. */
	Violation locate(Violation violation) {
		if (line == null) {
			return new Violation(item + "." + violation.field(), violation.message());
		}
		return new Violation(item, column(violation.field()) + ": " + violation.message());
	}

	private static String column(String field) {
		if (field.startsWith("stageLimits.")) {
			return field.substring("stageLimits.".length()).replaceFirst("\\..*", "").toLowerCase(Locale.ROOT);
		}
		String key = field;
		while (!COLUMNS.containsKey(key)) {
			int dot = key.lastIndexOf('.');
			if (dot < 0) {
				return field;
			}
			key = key.substring(0, dot);
		}
		return COLUMNS.get(key);
	}
}
