package org.tongguan.casework.history;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The stored value maps of the history import, one table per field, in {@code casework_history_value_map}. */
@Repository
class ValueMapStore {

	private final JdbcTemplate jdbc;

	ValueMapStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Every stored table by field. */
	ValueMaps all() {
		Map<String, Map<String, String>> tables = new LinkedHashMap<>();
		jdbc.query("SELECT field, old_value, target FROM casework_history_value_map ORDER BY field, old_value",
				rs -> {
					tables.computeIfAbsent(rs.getString(1), field -> new LinkedHashMap<>())
						.put(rs.getString(2), rs.getString(3));
				});
		return new ValueMaps(tables);
	}

	/** The stored table of the field, empty when there is none. */
	Map<String, String> of(String field) {
		Map<String, String> table = new LinkedHashMap<>();
		jdbc.query("SELECT old_value, target FROM casework_history_value_map WHERE field = ? ORDER BY old_value",
				rs -> {
					table.put(rs.getString(1), rs.getString(2));
				}, field);
		return table;
	}

	/** Replaces the table of the field. */
	void replace(String field, Map<String, String> table) {
		remove(field);
		jdbc.batchUpdate("INSERT INTO casework_history_value_map (field, old_value, target) VALUES (?, ?, ?)",
				table.entrySet().stream().map(entry -> new Object[] { field, entry.getKey(), entry.getValue() })
					.toList());
	}

	/** Removes the table of the field; whether there was one. */
	boolean remove(String field) {
		return jdbc.update("DELETE FROM casework_history_value_map WHERE field = ?", field) > 0;
	}
}
