package org.tongguan.casework.statistics.ready;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.tongguan.shared.persistence.H2Checkpoint;

/**
 * Slices changed through a buffer hold the sum of every change, whether the buffer wrote them between changes (its
 * budget passed) or only at the end; a piece left without cells is removed; the grid view keeps a street per piece.
 */
class SliceBufferTests {

	private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

	private SliceTable<CellSums> table;

	private JdbcTemplate jdbc;

	@BeforeEach
	void createTable() {
		SingleConnectionDataSource database = new SingleConnectionDataSource(
				"jdbc:h2:mem:slices-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", true);
		jdbc = new JdbcTemplate(database);
		jdbc.execute("CREATE TABLE casework_statistics_slice (view_name VARCHAR(20) NOT NULL, span CHAR(1) NOT NULL, "
				+ "period DATE NOT NULL, piece VARCHAR(15) NOT NULL, cells BYTEA NOT NULL, "
				+ "PRIMARY KEY (view_name, span, period, piece))");
		table = new SliceTable<>(JdbcClient.create(database), jdbc, "casework_statistics_slice", "cells",
				CellSums.CODEC, H2Checkpoint.of(jdbc));
	}

	@Test
	void sumsChangesWrittenBetweenThemAndAtTheEnd() {
		for (long budget : new long[] { 0, 1 << 20 }) {
			jdbc.update("DELETE FROM casework_statistics_slice");
			SliceBuffer<CellSums> buffer = new SliceBuffer<>(table, budget);
			buffer.change(changes(Map.of("440304440304001", 2, "440305440305002", 1)));
			buffer.change(changes(Map.of("440304440304001", 3, "440304440304009", 4)));
			buffer.write();

			assertThat(cells()).containsExactly("440304440304001=5", "440304440304009=4", "440305440305002=1");
			assertThat(jdbc.queryForList("SELECT piece FROM casework_statistics_slice ORDER BY piece", String.class))
				.containsExactly("440304", "440305");
		}
	}

	@Test
	void removesAPieceLeftWithoutCells() {
		SliceBuffer<CellSums> buffer = new SliceBuffer<>(table, 0);
		buffer.change(changes(Map.of("440304440304001", 2, "440305440305002", 1)));
		buffer.change(changes(Map.of("440305440305002", -1)));
		buffer.write();

		assertThat(cells()).containsExactly("440304440304001=2");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM casework_statistics_slice", Integer.class)).isOne();
	}

	@Test
	void keepsTheGridViewByStreetAndTheOtherViewsByDistrict() {
		assertThat(CellView.GRID.piece("440304", "440304001002003")).isEqualTo("440304001");
		assertThat(CellView.GRID.piece("440304", "")).isEqualTo("440304");
		assertThat(CellView.COMMUNITY.piece("440304", "440304001002")).isEqualTo("440304");
	}

	/** Changes of the reported count of street-view cells keyed by district and street. */
	private static Map<SliceTable.Slice, SortedMap<String, UnaryOperator<CellSums>>> changes(Map<String, Integer> by) {
		Map<SliceTable.Slice, SortedMap<String, UnaryOperator<CellSums>>> changes = new TreeMap<>(
				(a, b) -> a.piece().compareTo(b.piece()));
		by.forEach((key, reported) -> {
			String district = SliceStore.district(key);
			long[] values = new long[CellDeltas.MEASURES];
			values[CellDeltas.REPORTED] = reported;
			changes.computeIfAbsent(new SliceTable.Slice(CellView.STREET, "D", DAY, district), k -> new TreeMap<>())
				.put(key, sums -> CellSums.plus(sums, values, null));
		});
		return changes;
	}

	private List<String> cells() {
		List<String> cells = new ArrayList<>();
		table.ranges().forEach(CellView.STREET, "D", DAY, DAY.plusDays(1), "",
				(period, key, sums) -> cells.add(key + "=" + sums.value(CellDeltas.REPORTED)));
		return cells;
	}
}
