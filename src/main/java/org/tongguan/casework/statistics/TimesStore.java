package org.tongguan.casework.statistics;

import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Rewrites the runs of handling times of the cells ({@code casework_statistics_times}) that a fold changes: per
 * view, span and period, it reads the changed cells' runs in one statement, then updates, removes or creates them.
 */
@Repository
class TimesStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	TimesStore(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/** Applies the changes to the runs of their cells. */
	void apply(Map<CellDeltas.Cell, TimeChanges> changes) {
		Map<Slice, List<CellDeltas.Cell>> slices = new LinkedHashMap<>();
		changes.keySet().forEach(cell -> slices
			.computeIfAbsent(new Slice(cell.view(), cell.span(), cell.period()), k -> new ArrayList<>()).add(cell));
		Writes writes = new Writes();
		slices.forEach((slice, cells) -> {
			for (List<CellDeltas.Cell> part : ContributionStore.parts(cells)) {
				Map<List<String>, byte[][]> runs = read(slice, part);
				for (CellDeltas.Cell cell : part) {
					byte[][] run = runs.get(List.of(cell.district(), cell.key()));
					TimeChanges change = changes.get(cell);
					writes.add(cell, run, change.working(run == null ? null : run[0]),
							change.calendar(run == null ? null : run[1]));
				}
			}
		});
		writes.execute(batches);
	}

	/** The runs of some cells of one view, span and period, by district and group key. */
	private Map<List<String>, byte[][]> read(Slice slice, List<CellDeltas.Cell> cells) {
		Map<List<String>, byte[][]> runs = new HashMap<>();
		jdbc.sql("""
				SELECT district_code, group_key, working, calendar FROM casework_statistics_times
				WHERE view_name = :view AND span = :span AND period = :period
				AND (district_code, group_key) IN (:keys)""")
			.param("view", slice.view().name())
			.param("span", slice.span().name())
			.param("period", Date.valueOf(slice.period()))
			.param("keys", cells.stream().map(cell -> new Object[] { cell.district(), cell.key() }).toList())
			.query((ResultSet row) -> {
				runs.put(List.of(row.getString("district_code"), row.getString("group_key")),
						new byte[][] { row.getBytes("working"), row.getBytes("calendar") });
			});
		return runs;
	}

	/** The view, span and period of cells, read together. */
	private record Slice(CellView view, Span span, LocalDate period) {
	}

	/** The rows to update, remove and create. */
	private static final class Writes {

		private final List<Object[]> updates = new ArrayList<>();

		private final List<Object[]> deletes = new ArrayList<>();

		private final List<Object[]> inserts = new ArrayList<>();

		void add(CellDeltas.Cell cell, byte[][] before, long[] working, long[] calendar) {
			Object[] key = { cell.view().name(), cell.span().name(), Date.valueOf(cell.period()), cell.district(),
					cell.key() };
			if (working.length == 0) {
				if (before != null) {
					deletes.add(key);
				}
				return;
			}
			Object[] row = { SortedSeconds.encode(working), SortedSeconds.encode(calendar), key[0], key[1], key[2],
					key[3], key[4] };
			(before == null ? inserts : updates).add(row);
		}

		void execute(JdbcTemplate jdbc) {
			String where = " WHERE view_name = ? AND span = ? AND period = ? AND district_code = ? AND group_key = ?";
			jdbc.batchUpdate("UPDATE casework_statistics_times SET working = ?, calendar = ?" + where, updates);
			jdbc.batchUpdate("DELETE FROM casework_statistics_times" + where, deletes);
			jdbc.batchUpdate("""
					INSERT INTO casework_statistics_times (working, calendar, view_name, span, period, district_code,
					group_key) VALUES (?, ?, ?, ?, ?, ?, ?)""", inserts);
		}
	}
}
