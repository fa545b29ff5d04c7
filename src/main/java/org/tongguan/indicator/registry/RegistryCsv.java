package org.tongguan.indicator.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.tongguan.indicator.WarningLevel;
import org.tongguan.shared.CsvTable;
import org.tongguan.shared.Violations;

/**
 * The registry as CSV: one row per indicator with a column per attribute of {@link PlanDraft}; references in one
 * cell ({@code ISO_37120:8.1; CITY_CHECKUP:生态宜居-3}), each warning level's bounds in two columns
 * ({@code yellowBelow}, {@code yellowAbove} …), flags {@code true}/{@code false} (or {@code yes}/{@code no}).
 */
final class RegistryCsv {

	/** The columns, in the order an export writes them. */
	static final List<String> COLUMNS = List.of("code", "name", "definition", "caliber", "method", "unit",
			"direction", "indicatorClass", "domain", "level", "frequency", "expectedDelay", "sourceDepartment",
			"sourceSystem", "responsibleDepartment", "references", "grade", "highFrequency", "min", "max", "target",
			"targetLow", "targetHigh", "blueBelow", "blueAbove", "yellowBelow", "yellowAbove", "orangeBelow",
			"orangeAbove", "redBelow", "redAbove", "hysteresis", "previousChange", "yearChange", "targetGap",
			"responsePlan", "retired", "note");

	private RegistryCsv() {
	}

	/**
	 * The rows of the text as drafts, each with its line and the problems of its cells (a number that is none, a
	 * flag that is neither true nor false).
	 *
	 * @throws org.tongguan.shared.InvalidInputException when the header names a column that is not one of
	 *         {@link #COLUMNS}
	 */
	static List<RegistryEntry> read(String text) {
		CsvTable table = CsvTable.parse(text);
		List<String> known = COLUMNS.stream().map(column -> column.toLowerCase(Locale.ROOT)).toList();
		Violations header = new Violations();
		table.columns()
			.stream()
			.filter(column -> !known.contains(column))
			.sorted()
			.forEach(column -> header.add("line 1", "'" + column + "' is no column; the columns are "
					+ String.join(", ", COLUMNS)));
		header.throwIfAny("The header names unknown columns");
		List<RegistryEntry> entries = new ArrayList<>();
		for (CsvTable.Row row : table.rows()) {
			Violations problems = new Violations();
			Cells cells = new Cells(row, problems);
			PlanDraft draft = new PlanDraft(row.get("code"), row.get("name"), row.get("definition"),
					row.get("caliber"), row.get("method"), row.get("unit"), row.get("direction"),
					row.get("indicatorClass"), row.get("domain"), row.get("level"), row.get("frequency"),
					row.get("expectedDelay"), row.get("sourceDepartment"), row.get("sourceSystem"),
					row.get("responsibleDepartment"), References.read(row.get("references"), problems),
					row.get("grade"), cells.flag("highFrequency"), cells.number("min"), cells.number("max"),
					cells.number("target"), cells.number("targetLow"), cells.number("targetHigh"),
					cells.thresholds(), cells.number("hysteresis"), cells.number("previousChange"),
					cells.number("yearChange"), cells.number("targetGap"), row.get("responsePlan"), cells.flag("retired"),
					row.get("note"));
			entries.add(new RegistryEntry(row.line(), "", draft, problems));
		}
		return entries;
	}

	/** The plans as CSV text with a header, one line per plan. */
	static String write(List<PlanDraft> drafts) {
		StringBuilder csv = new StringBuilder(CsvTable.line(COLUMNS)).append("\r\n");
		for (PlanDraft draft : drafts) {
			Map<String, PlanDraft.Threshold> levels = draft.thresholds()
				.stream()
				.collect(Collectors.toMap(PlanDraft.Threshold::level, Function.identity()));
			List<String> cells = new ArrayList<>(List.of(draft.code(), draft.name(), draft.definition(),
					draft.caliber(), draft.method(), draft.unit(), draft.direction(), draft.indicatorClass(),
					draft.domain(), draft.level(), draft.frequency(), draft.expectedDelay(), draft.sourceDepartment(),
					draft.sourceSystem(), draft.responsibleDepartment(), References.write(draft.references()),
					draft.grade(), draft.highFrequency().toString()));
			cells.addAll(Arrays.asList(Cells.text(draft.min()), Cells.text(draft.max()), Cells.text(draft.target()),
					Cells.text(draft.targetLow()), Cells.text(draft.targetHigh())));
			for (WarningLevel level : WarningLevel.values()) {
				PlanDraft.Threshold threshold = levels.get(level.name());
				cells.add(threshold == null ? null : Cells.text(threshold.below()));
				cells.add(threshold == null ? null : Cells.text(threshold.above()));
			}
			cells.addAll(Arrays.asList(Cells.text(draft.hysteresis()), Cells.text(draft.previousChange()),
					Cells.text(draft.yearChange()), Cells.text(draft.targetGap()), draft.responsePlan(),
					draft.retired().toString(), null));
			csv.append(CsvTable.line(cells)).append("\r\n");
		}
		return csv.toString();
	}
}
