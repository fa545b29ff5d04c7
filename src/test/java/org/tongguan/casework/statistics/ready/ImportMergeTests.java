package org.tongguan.casework.statistics.ready;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * An import's cells merged in blocks ({@link ImportCells}, {@link ImportMerge}) leave every slice and every run byte
 * for byte as the per-case fold ({@link CellDeltas}, {@link SliceStore#apply}) leaves them, onto slices that already
 * hold cells, however small the blocks.
 */
class ImportMergeTests {

	private static final LocalDate MARCH = LocalDate.of(2025, 3, 1);

	@Test
	void mergedBlocksLeaveTheSlicesExactlyAsTheFoldDoes() {
		List<Contribution> earlier = contributions(0, 150);
		List<Contribution> imported = contributions(150, 600);
		for (int budget : new int[] { 40, 397, 1 << 20 }) {
			Database folded = new Database();
			fold(folded.slices, earlier);
			fold(folded.slices, imported);
			Database merged = new Database();
			fold(merged.slices, earlier);
			ImportCells cells = new ImportCells(budget);
			for (Contribution c : imported) {
				cells.add(c);
				if (cells.full()) {
					merged.slices.merge(cells);
					cells.clear();
				}
			}
			merged.slices.merge(cells);

			assertThat(merged.rows("casework_statistics_slice", "cells")).as("cells, blocks of %d", budget)
				.isEqualTo(folded.rows("casework_statistics_slice", "cells"))
				.hasSizeGreaterThan(100);
			assertThat(merged.rows("casework_statistics_times", "runs")).as("runs, blocks of %d", budget)
				.isEqualTo(folded.rows("casework_statistics_times", "runs"))
				.hasSizeGreaterThan(10);
		}
	}

	private static void fold(SliceStore slices, List<Contribution> contributions) {
		CellDeltas deltas = new CellDeltas();
		contributions.forEach(deltas::add);
		SliceStore.Writes writes = slices.writes();
		slices.apply(deltas, writes);
		writes.write();
	}

	/** Cases over two months in two districts: early, late and never closed, called back or not, renamed groups. */
	private static List<Contribution> contributions(int from, int to) {
		List<Contribution> all = new ArrayList<>();
		for (int i = from; i < to; i++) {
			String district = i % 2 == 0 ? "440303" : "440304";
			String street = district + "00" + (i % 3);
			String community = i % 10 == 0 ? null : street + "00" + (i % 4);
			String grid = community == null || i % 7 == 0 ? null : community + "00" + (i % 5);
			LocalDate reported = MARCH.plusDays(i % 40);
			LocalDate closed = i % 6 == 0 ? null : reported.plusDays(i % 9);
			LocalDate due = i % 11 == 0 ? null : reported.plusDays(3);
			boolean early = due != null && closed != null && closed.isBefore(due);
			Instant start = Instant.parse("2025-03-01T01:00:00Z").plusSeconds(86_400L * (i % 40));
			Contribution.Handling handling = closed == null ? null : new Contribution.Handling(start,
					start.plusSeconds(1000L * i), "STANDARD", (37L * i) % 5_000, 91L * i);
			all.add(new Contribution(i, district, street, community, grid, i % 5 == 0 ? null : "D" + (i % 4),
					"部门" + (i % 4) + (i % 7 == 0 ? "（新）" : ""), "E01" + (i % 3), "类" + (i % 3),
					i % 2 == 0 ? "HOTLINE" : "APP", reported, i % 4 == 1 ? null : reported, reported.plusDays(i % 2),
					closed == null || i % 3 != 0 ? null : closed.plusDays(1), due, closed, i % 3, i % 10 == 2 ? 1 : 0,
					i % 3 != 0 || closed == null ? null : i % 2 == 0, due != null, early, i % 4 != 3, i % 8 == 0,
					handling));
		}
		return all;
	}

	/** A database of its own with the two slice tables. */
	private static final class Database {

		private final JdbcTemplate jdbc;

		private final SliceStore slices;

		Database() {
			SingleConnectionDataSource database = new SingleConnectionDataSource(
					"jdbc:h2:mem:merge-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", true);
			jdbc = new JdbcTemplate(database);
			for (String table : new String[] { "casework_statistics_slice (cells", "casework_statistics_times (runs" }) {
				jdbc.execute("CREATE TABLE " + table + " BYTEA NOT NULL, view_name VARCHAR(20) NOT NULL, "
						+ "span CHAR(1) NOT NULL, period DATE NOT NULL, piece VARCHAR(15) NOT NULL, "
						+ "PRIMARY KEY (view_name, span, period, piece))");
			}
			slices = new SliceStore(jdbc);
		}

		List<String> rows(String table, String column) {
			return jdbc.query("SELECT view_name, span, period, piece, " + column + " FROM " + table
					+ " ORDER BY view_name, span, period, piece", (row, n) -> row.getString(1) + " " + row.getString(2)
							+ " " + row.getDate(3) + " " + row.getString(4) + " "
							+ Arrays.toString(row.getBytes(5)));
		}
	}
}
