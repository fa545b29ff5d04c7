package org.tongguan.casework.statistics.ready;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.tongguan.region.RegionCode;
import org.tongguan.shared.persistence.H2LazyReads;

/**
 * Reads of one slice table's ranges of periods (decision 0015): each one range of the table's primary key, its cells
 * decoded as they come. A year of slices is never held whole: the read runs in H2's lazy mode ({@link H2LazyReads})
 * and is fetched a few slices at a time on PostgreSQL.
 *
 * @param <V> the values of a cell
 */
final class SliceRange<V> {

	/** Receives the cells of the slices a query reads. */
	interface CellConsumer<V> {

		void accept(LocalDate period, String key, V value);
	}

	/** Reads a range of periods: one range of the table's primary key. */
	private static final String RANGE = "SELECT period, %s FROM %s WHERE view_name = ? AND span = ? AND period >= ? "
			+ "AND period < ?";

	private final JdbcTemplate jdbc;

	private final String statement;

	private final SliceTable.Codec<V> codec;

	SliceRange(JdbcTemplate jdbc, String table, String column, SliceTable.Codec<V> codec) {
		this.jdbc = jdbc;
		this.statement = RANGE.formatted(column, table);
		this.codec = codec;
	}

	/**
	 * Calls {@code each} with every cell of a view's slices of one span from {@code from} up to {@code to}, in the
	 * pieces whose code starts with {@code pieces} (a district's or city's prefix; {@code ""} for every piece): the
	 * cells of other pieces lie outside a query's region, and are neither read nor decoded.
	 */
	void forEach(CellView view, String span, LocalDate from, LocalDate to, String pieces, CellConsumer<V> each) {
		List<Object> params = new ArrayList<>(List.of(view.name(), span, Date.valueOf(from), Date.valueOf(to)));
		StringBuilder sql = new StringBuilder(statement);
		if (!pieces.isEmpty()) {
			sql.append(" AND piece >= ?");
			params.add(pieces);
		}
		RegionCode.after(pieces).ifPresent(first -> {
			sql.append(" AND piece < ?");
			params.add(first);
		});
		jdbc.execute((Connection connection) -> H2LazyReads.on(connection, () -> {
			try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
				select.setFetchSize(SliceStore.SLICES_PER_FETCH);
				for (int i = 0; i < params.size(); i++) {
					select.setObject(i + 1, params.get(i));
				}
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						read(rows, each);
					}
				}
			}
			return null;
		}));
	}

	/** The statement reading a range of periods, without the condition on pieces. */
	String statement() {
		return statement;
	}

	/** Calls {@code each} with every cell of the slice in the row (period, bytes). */
	private void read(ResultSet row, CellConsumer<V> each) throws SQLException {
		LocalDate period = row.getDate(1).toLocalDate();
		SliceBytes.Reader in = new SliceBytes.Reader(row.getBytes(2));
		while (in.more()) {
			String key = in.string();
			each.accept(period, key, codec.read(in));
		}
	}
}
