package org.tongguan.casework.history.mapping;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tongguan.casework.CaseStage;
import org.tongguan.casework.Satisfaction;
import org.tongguan.casework.history.ValueMaps;
import org.tongguan.casework.history.csv.HistoryField;
import org.tongguan.catalog.Urgency;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.Violation;

/**
 * The value maps one import applies: the stored tables, each replaced by the table sent with the import for the same
 * field. A value with an entry is read as the entry's target; any other value is read as it is. Every target is
 * checked before the first row is read, so a row never fails on a map entry.
 */
public final class ValueMapping {

	/** The most characters an old value or a target may have. */
	static final int VALUE_MAX = 200;

	private final Map<HistoryField, Map<String, String>> tables = new EnumMap<>(HistoryField.class);

	private ValueMapping() {
	}

	/**
	 * The mapping of one import.
	 *
	 * @param stored the stored tables by field
	 * @param inline the tables sent with the import
	 * @throws InvalidInputException naming every entry whose target names nothing, and every unknown field
	 */
	public static ValueMapping of(ValueMaps stored, ValueMaps inline, References references) {
		List<Violation> violations = new ArrayList<>();
		ValueMapping mapping = new ValueMapping();
		for (String field : ValueMaps.FIELDS) {
			boolean sent = inline.tables().containsKey(field);
			Map<String, String> table = sent ? inline.tables().get(field) : stored.tables().get(field);
			if (table == null || table.isEmpty()) {
				continue;
			}
			String prefix = sent ? "valueMaps." + field : "stored value map " + field;
			violations.addAll(check(field, table, references, prefix));
			HistoryField target = HistoryField.byKey(field);
			Map<String, String> stripped = new HashMap<>();
			table.forEach((old, value) -> {
				if (old != null && value != null) {
					stripped.put(old.strip(), value.strip());
				}
			});
			mapping.tables.put(target, stripped);
			if (target == HistoryField.REGION) {
				mapping.tables.put(HistoryField.REGION_NAME, stripped);
			}
		}
		inline.tables().keySet().stream().filter(field -> !ValueMaps.isMappable(field)).sorted().forEach(field ->
				violations.add(new Violation("valueMaps." + field, "no value map for this field; value maps exist for "
						+ String.join(", ", ValueMaps.FIELDS))));
		if (!violations.isEmpty()) {
			throw new InvalidInputException("The value maps name values the platform does not know", violations);
		}
		return mapping;
	}

	/**
	 * What is wrong with the entries of one table, each named {@code <prefix>["<old value>"]}: blank or too long
	 * values, and targets that name nothing (unknown or ambiguous).
	 */
	public static List<Violation> check(String field, Map<String, String> table, References references, String prefix) {
		List<Violation> violations = new ArrayList<>();
		table.forEach((old, target) -> {
			String entry = prefix + "[\"" + old + "\"]";
			if (old == null || old.isBlank() || old.length() > VALUE_MAX) {
				violations.add(new Violation(entry, "an old value is 1–" + VALUE_MAX + " characters"));
			}
			else if (target == null || target.isBlank() || target.length() > VALUE_MAX) {
				violations.add(new Violation(entry, "the platform value is 1–" + VALUE_MAX + " characters"));
			}
			else {
				String problem = problem(field, target.strip(), references);
				if (problem != null) {
					violations.add(new Violation(entry, "the platform value " + problem));
				}
			}
		});
		return violations;
	}

	/** The value to read for the file's value of the field: the target of its entry, else the value itself. */
	public String apply(HistoryField field, String value) {
		Map<String, String> table = tables.get(field);
		if (table == null) {
			return value;
		}
		String target = table.get(value);
		return target == null ? value : target;
	}

	/** A note for a value of the field that names nothing: that its table has no entry for it, or nothing. */
	public String unmapped(HistoryField field) {
		return tables.containsKey(field) ? ", and the " + (field == HistoryField.REGION_NAME ? "region" : field.key())
				+ " value map has no entry for it" : "";
	}

	/** Why the target names nothing, {@code null} when it names something. */
	private static String problem(String field, String target, References references) {
		return switch (field) {
			case "category" -> references.category(target).problem();
			case "department" -> references.department(target).problem();
			case "region" -> references.region(target).problem();
			case "urgency" -> Choices.parse(Urgency.class, target, Urgency::label) != null ? null
					: "'" + target + "' is not an urgency; one of " + Choices.list(Urgency.class, Urgency::label);
			case "stage" -> Choices.parse(CaseStage.class, target, CaseStage::label) != null ? null
					: "'" + target + "' is not a stage; one of " + Choices.list(CaseStage.class, CaseStage::label);
			case "satisfaction" -> Choices.parse(Satisfaction.class, target, Satisfaction::label) != null ? null
					: "'" + target + "' is not an answer; one of "
							+ Choices.list(Satisfaction.class, Satisfaction::label);
			default -> "nothing: no value map for " + field;
		};
	}
}
