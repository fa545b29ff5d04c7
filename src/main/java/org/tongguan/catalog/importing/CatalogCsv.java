package org.tongguan.catalog.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tongguan.catalog.CategoryKind;
import org.tongguan.catalog.Stage;
import org.tongguan.catalog.internal.CategoryDraft;
import org.tongguan.catalog.internal.LimitDraft;
import org.tongguan.catalog.internal.ResponsibilityDraft;
import org.tongguan.shared.CsvTable;
import org.tongguan.shared.Violation;

/**
 * Reads a catalogue CSV, one row per sub-category, into drafts: columns {@code kind, majorCode, majorName, code, name,
 * cityFunction, districtFunction, streetFunction, defaultLevel, defaultUrgency, limit, accept, file, dispatch, handle,
 * verify, close, roundTheClock, policeMatter, closingConditions, legalBasis}; an empty cell means the default.
 */
final class CatalogCsv {

	static final List<String> COLUMNS = List.of("kind", "majorCode", "majorName", "code", "name", "cityFunction",
			"districtFunction", "streetFunction", "defaultLevel", "defaultUrgency", "limit", "accept", "file",
			"dispatch", "handle", "verify", "close", "roundTheClock", "policeMatter", "closingConditions",
			"legalBasis");

	private CatalogCsv() {
	}

	/** The rows as entries; a header without a name column, or without any row, is a problem of line 1 or 2. */
	static List<ImportEntry> entries(String csv, String defaultUrgency, List<Violation> problems) {
		CsvTable table = CsvTable.parse(csv);
		if (!table.has("name")) {
			problems.add(new Violation("line 1", "the header has no column 'name' (columns: "
					+ String.join(", ", COLUMNS) + ")"));
		}
		if (!table.has("majorCode") && !table.has("majorName") && !table.has("code")) {
			problems.add(new Violation("line 1", "the header needs majorName, majorCode or code"));
		}
		if (table.rows().isEmpty()) {
			problems.add(new Violation("line 2", "the file has no sub-categories"));
		}
		if (!problems.isEmpty()) {
			return List.of();
		}
		return table.rows().stream().map(row -> entry(row, defaultUrgency)).toList();
	}

	private static ImportEntry entry(CsvTable.Row row, String defaultUrgency) {
		List<Violation> errors = new ArrayList<>();
		ResponsibilityDraft responsibility = row.get("cityFunction") == null && row.get("districtFunction") == null
				&& row.get("streetFunction") == null && row.get("defaultLevel") == null ? null
						: new ResponsibilityDraft(upper(row.get("defaultLevel")), row.get("cityFunction"),
								row.get("districtFunction"), row.get("streetFunction"));
		Map<String, LimitDraft> urgencies = null;
		if (row.get("limit") != null) {
			String urgency = row.get("defaultUrgency") == null ? defaultUrgency : upper(row.get("defaultUrgency"));
			urgencies = Map.of(urgency, LimitDraft.parse(row.get("limit")));
		}
		Map<String, LimitDraft> stages = new LinkedHashMap<>();
		for (Stage stage : Stage.values()) {
			String cell = row.get(stage.name().toLowerCase(Locale.ROOT));
			if (cell != null) {
				stages.put(stage.name(), LimitDraft.parse(cell));
			}
		}
		CategoryDraft draft = new CategoryDraft(row.get("code"), kind(row.get("kind")), row.get("majorCode"),
				row.get("name"), responsibility, null, upper(row.get("defaultUrgency")), urgencies, stages,
				row.get("closingConditions"), row.get("legalBasis"), flag(row, "policeMatter", errors),
				flag(row, "roundTheClock", errors), "事项清单导入 (catalogue import)", row.get("majorName"));
		return new ImportEntry(row.line(), "line " + row.line(), draft, errors);
	}

	/** EVENT / COMPONENT, also written 事件 / 部件 or E / C. */
	private static String kind(String value) {
		if (value == null) {
			return null;
		}
		for (CategoryKind kind : CategoryKind.values()) {
			if (value.equalsIgnoreCase(kind.name()) || value.equals(kind.label())
					|| value.equalsIgnoreCase(String.valueOf(kind.letter()))) {
				return kind.name();
			}
		}
		return value;
	}

	private static Boolean flag(CsvTable.Row row, String column, List<Violation> errors) {
		String value = row.get(column);
		if (value == null) {
			return null;
		}
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "true", "yes", "1", "是", "y" -> true;
			case "false", "no", "0", "否", "n" -> false;
			default -> {
				errors.add(new Violation(column, "'" + value + "' is not true or false"));
				yield null;
			}
		};
	}

	private static String upper(String value) {
		return value == null ? null : value.toUpperCase(Locale.ROOT);
	}
}
