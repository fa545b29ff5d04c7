package org.tongguan.casework.statistics;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes the changes of the cells ({@code casework_statistics_cell}, {@code casework_statistics_late}): one SQL
 * MERGE per changed cell (H2 and PostgreSQL 15 alike), adding to the cell or creating it.
 */
@Repository
class CellStore {

	/** The measure columns of a cell, in the order of {@link CellDeltas}' indexes. */
	static final List<String> MEASURES = List.of("reported", "filed", "due_to_close", "closed_early",
			"closed_early_on_time", "closed_late", "closed_late_on_time", "reworked", "dispatched", "returned", "evaluated", "satisfied", "handled", "working_seconds", "calendar_seconds",
			"events");

	private static final List<String> LATE_MEASURES = List.of("closed", "closed_on_time");

	/** The key columns of a cell with their SQL types. */
	private static final List<String> CELL_KEY = List.of("view_name VARCHAR(20)", "district_code VARCHAR(6)",
			"span CHAR(1)", "period DATE", "group_key VARCHAR(64)");

	private static final String CELLS = merge("casework_statistics_cell", CELL_KEY, MEASURES, "group_name");

	private static final String LATE = merge("casework_statistics_late", concat(CELL_KEY, "closed_day DATE"),
			LATE_MEASURES, null);

	private final JdbcTemplate jdbc;

	CellStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds the changes to the cells, creating the cells that do not exist yet. */
	void apply(CellDeltas deltas) {
		write(CELLS, deltas.cells, cell -> key(cell), deltas.names::get, true);
		write(LATE, deltas.late, late -> {
			List<Object> key = key(late.due());
			key.add(Date.valueOf(late.closedDay()));
			return key;
		}, late -> null, false);
	}

	private <K> void write(String merge, Map<K, long[]> changes, Function<K, List<Object>> key,
			Function<K, String> name, boolean named) {
		List<Object[]> rows = new ArrayList<>();
		changes.forEach((cell, values) -> {
			String cellName = name.apply(cell);
			if (cellName != null || Arrays.stream(values).anyMatch(value -> value != 0)) {
				List<Object> row = key.apply(cell);
				Arrays.stream(values).forEach(row::add);
				if (named) {
					row.add(cellName);
				}
				rows.add(row.toArray());
			}
		});
		if (!rows.isEmpty()) {
			jdbc.batchUpdate(merge, rows);
		}
	}

	/** The MERGE adding one row of changes (key, measures, name) to a table of cells. */
	private static String merge(String table, List<String> key, List<String> measures, String nameColumn) {
		List<String> columns = new ArrayList<>(key.stream().map(CellStore::name).toList());
		columns.addAll(measures);
		List<String> values = new ArrayList<>(key.stream().map(column -> "CAST(? AS " + type(column) + ")").toList());
		measures.forEach(measure -> values.add("CAST(? AS BIGINT)"));
		List<String> updates = new ArrayList<>(measures.stream().map(m -> m + " = c." + m + " + d." + m).toList());
		if (nameColumn != null) {
			columns.add(nameColumn);
			values.add("CAST(? AS VARCHAR(200))");
			updates.add(nameColumn + " = COALESCE(d." + nameColumn + ", c." + nameColumn + ")");
		}
		String list = String.join(", ", columns);
		return "MERGE INTO " + table + " c USING (VALUES (" + String.join(", ", values) + ")) AS d (" + list + ") ON "
				+ key.stream().map(CellStore::name).map(k -> "c." + k + " = d." + k).collect(Collectors.joining(" AND "))
				+ " WHEN MATCHED THEN UPDATE SET " + String.join(", ", updates) + " WHEN NOT MATCHED THEN INSERT ("
				+ list + ") VALUES (" + columns.stream().map(c -> "d." + c).collect(Collectors.joining(", ")) + ")";
	}

	private static List<Object> key(CellDeltas.Cell cell) {
		return new ArrayList<>(List.of(cell.view().name(), cell.district(), cell.span().name(),
				Date.valueOf(cell.period()), cell.key()));
	}

	private static List<String> concat(List<String> list, String more) {
		List<String> all = new ArrayList<>(list);
		all.add(more);
		return all;
	}

	private static String name(String column) {
		return column.substring(0, column.indexOf(' '));
	}

	private static String type(String column) {
		return column.substring(column.indexOf(' ') + 1);
	}
}
