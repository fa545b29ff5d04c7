package org.tongguan.indicator.registry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tongguan.indicator.WarningLevel;
import org.tongguan.shared.CsvTable;
import org.tongguan.shared.Violations;

/** Reads the typed cells of one registry CSV row, and writes numbers as the row shows them. */
final class Cells {

	private final CsvTable.Row row;

	private final Violations problems;

	Cells(CsvTable.Row row, Violations problems) {
		this.row = row;
		this.problems = problems;
	}

	/** The number in the column, {@code null} when blank or (with a problem) not a number. */
	Double number(String column) {
		String cell = row.get(column);
		if (cell == null) {
			return null;
		}
		try {
			return Double.valueOf(cell);
		}
		catch (NumberFormatException e) {
			problems.add(column, "'" + cell + "' is not a number");
			return null;
		}
	}

	/** The flag in the column: true/yes or false/no, {@code null} when blank or (with a problem) neither. */
	Boolean flag(String column) {
		String cell = row.get(column);
		if (cell == null) {
			return null;
		}
		return switch (cell.toLowerCase(Locale.ROOT)) {
			case "true", "yes" -> true;
			case "false", "no" -> false;
			default -> {
				problems.add(column, "'" + cell + "' is neither true nor false");
				yield null;
			}
		};
	}

	/** The warning levels with a bound in their {@code <level>Below} or {@code <level>Above} column. */
	List<PlanDraft.Threshold> thresholds() {
		List<PlanDraft.Threshold> thresholds = new ArrayList<>();
		for (WarningLevel level : WarningLevel.values()) {
			String prefix = level.name().toLowerCase(Locale.ROOT);
			Double below = number(prefix + "Below");
			Double above = number(prefix + "Above");
			if (below != null || above != null) {
				thresholds.add(new PlanDraft.Threshold(level.name(), below, above));
			}
		}
		return thresholds;
	}

	/** The number as a cell: whole numbers without a fraction, others as Java writes them. */
	static String text(Double value) {
		if (value == null) {
			return null;
		}
		return value == Math.rint(value) && Math.abs(value) < 1e15
				? new BigDecimal(value).toPlainString() : value.toString();
	}
}
