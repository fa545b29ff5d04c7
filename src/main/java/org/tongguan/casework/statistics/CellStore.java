package org.tongguan.casework.statistics;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Writes the changes of the cells ({@code casework_statistics_cell}, {@code casework_statistics_late}). */
@Repository
class CellStore {

	/** The measure columns of a cell, in the order of {@link CellDeltas}' indexes. */
	static final List<String> MEASURES = List.of("reported", "filed", "due_to_close", "closed_early",
			"closed_early_on_time", "reworked", "dispatched", "returned", "evaluated", "satisfied", "events");

	private static final List<String> LATE_MEASURES = List.of("closed", "closed_on_time");

	private static final String CELL_KEY = "view_name, district_code, span, period, group_key";

	private final JdbcTemplate jdbc;

	CellStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds the changes to the cells, creating the cells that do not exist yet. */
	void apply(CellDeltas deltas) {
		upsert("casework_statistics_cell", CELL_KEY, MEASURES, "group_name", deltas.cells,
				cell -> key(cell), deltas.names::get);
		upsert("casework_statistics_late", CELL_KEY + ", closed_span, closed_period", LATE_MEASURES, null,
				deltas.late, late -> {
					List<Object> key = key(late.due());
					key.add(late.closedSpan().name());
					key.add(Date.valueOf(late.closedPeriod()));
					return key;
				}, late -> null);
	}

	private <K> void upsert(String table, String keyColumns, List<String> measures, String nameColumn,
			Map<K, long[]> changes, Function<K, List<Object>> key, Function<K, String> name) {
		List<K> changed = changes.entrySet()
			.stream()
			.filter(change -> Arrays.stream(change.getValue()).anyMatch(value -> value != 0)
					|| name.apply(change.getKey()) != null)
			.map(Map.Entry::getKey)
			.toList();
		if (changed.isEmpty()) {
			return;
		}
		List<String> sets = new ArrayList<>(measures.stream().map(m -> m + " = " + m + " + ?").toList());
		if (nameColumn != null) {
			sets.add(nameColumn + " = COALESCE(?, " + nameColumn + ")");
		}
		String where = String.join(" AND ", Arrays.stream(keyColumns.split(", ")).map(c -> c + " = ?").toList());
		int[] updated = jdbc.batchUpdate("UPDATE " + table + " SET " + String.join(", ", sets) + " WHERE " + where,
				changed.stream().map(k -> row(changes.get(k), nameColumn == null ? null : name.apply(k),
						nameColumn != null, key.apply(k), false)).toList());
		List<Object[]> inserts = new ArrayList<>();
		for (int i = 0; i < changed.size(); i++) {
			if (updated[i] == 0) {
				K k = changed.get(i);
				inserts.add(row(changes.get(k), nameColumn == null ? null : name.apply(k), nameColumn != null,
						key.apply(k), true));
			}
		}
		if (!inserts.isEmpty()) {
			String columns = keyColumns + ", " + String.join(", ", measures)
					+ (nameColumn == null ? "" : ", " + nameColumn);
			jdbc.batchUpdate("INSERT INTO " + table + " (" + columns + ") VALUES ("
					+ String.join(", ", Collections.nCopies(columns.split(", ").length, "?")) + ")", inserts);
		}
	}

	/** The parameters of an update (measures, name, key) or an insert (key, measures, name). */
	private static Object[] row(long[] values, String name, boolean named, List<Object> key, boolean insert) {
		List<Object> row = new ArrayList<>();
		if (insert) {
			row.addAll(key);
		}
		Arrays.stream(values).forEach(row::add);
		if (named) {
			row.add(name);
		}
		if (!insert) {
			row.addAll(key);
		}
		return row.toArray();
	}

	private static List<Object> key(CellDeltas.Cell cell) {
		return new ArrayList<>(List.of(cell.view().name(), cell.district(), cell.span().name(),
				Date.valueOf(cell.period()), cell.key()));
	}
}
