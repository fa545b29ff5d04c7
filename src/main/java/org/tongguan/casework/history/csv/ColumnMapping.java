package org.tongguan.casework.history.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.Violation;

/**
 * Which column of the file holds each field: the column the caller maps it to ({@code reportedAt=上报日期}), else the
 * column named like the field (see {@link HistoryField#matches}).
 */
public final class ColumnMapping {

	private final int[] columns;

	private ColumnMapping(int[] columns) {
		this.columns = columns;
	}

	/**
	 * The mapping of a file with this header row.
	 *
	 * @param mapping field name → column header, for columns not named like our fields
	 * @throws InvalidInputException listing every unknown field, missing column and missing required field
	 */
	public static ColumnMapping of(String[] header, Map<String, String> mapping) {
		List<Violation> violations = new ArrayList<>();
		mapping.keySet().stream().filter(key -> HistoryField.byKey(key) == null).sorted().forEach(key -> violations
			.add(new Violation(key, "not a field of a history import; the fields are " + fieldNames())));
		int[] columns = new int[HistoryField.values().length];
		for (HistoryField field : HistoryField.values()) {
			String mapped = mapping.get(field.key());
			columns[field.ordinal()] = mapped == null ? named(header, field) : exact(header, mapped.strip());
			if (mapped != null && columns[field.ordinal()] < 0) {
				violations.add(new Violation(field.key(), "the file has no column '" + mapped + "'"));
			}
			else if (field.required() && columns[field.ordinal()] < 0) {
				violations.add(new Violation(field.key(), "required: the file needs a column '" + field.key()
						+ "', or map one with the parameter " + field.key() + "=<column header>"));
			}
		}
		ColumnMapping result = new ColumnMapping(columns);
		if (result.has(HistoryField.LONGITUDE) != result.has(HistoryField.LATITUDE)) {
			violations.add(new Violation("longitude", "longitude and latitude come together"));
		}
		else if (!result.has(HistoryField.LONGITUDE) && !result.has(HistoryField.REGION)
				&& !result.has(HistoryField.REGION_NAME)) {
			violations.add(new Violation("region", "the file needs longitude and latitude columns, a region column "
					+ "(grid, community, street or district code or name) or a regionName column"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException("The columns of the file do not fit a history import", violations);
		}
		return result;
	}

	/** Whether the file has a column for the field. */
	boolean has(HistoryField field) {
		return columns[field.ordinal()] >= 0;
	}

	/** A record of {@code width} columns holding only this field's value (the others empty). */
	public String[] recordOf(HistoryField field, String value, int width) {
		String[] record = new String[width];
		Arrays.fill(record, "");
		record[columns[field.ordinal()]] = value;
		return record;
	}

	/** The field's value in the current record, stripped; {@code null} when absent or blank. */
	public String value(CsvReader record, HistoryField field) {
		int column = columns[field.ordinal()];
		String value = column < 0 ? null : record.get(column);
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	private static int named(String[] header, HistoryField field) {
		for (int i = 0; i < header.length; i++) {
			if (field.matches(header[i])) {
				return i;
			}
		}
		return -1;
	}

	private static int exact(String[] header, String name) {
		for (int i = 0; i < header.length; i++) {
			if (header[i].strip().equals(name)) {
				return i;
			}
		}
		return -1;
	}

	private static String fieldNames() {
		return Arrays.stream(HistoryField.values()).map(HistoryField::key).collect(Collectors.joining(", "));
	}
}
