package org.tongguan.casework.statistics;

import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One table of the ready data's slices (decision 0015): a row per view, span and period whose bytes hold every cell
 * of that view over that period, keyed by a string (district and group, or for a late closure its due cell) and
 * sorted by it. A fold rewrites the slices it changes in one pass over their bytes, copying the cells it does not
 * change as they are; a query reads one range of periods per span.
 *
 * @param <V> the values of a cell
 */
final class SliceTable<V> {

	/** The form of a cell's values in a slice's bytes. */
	interface Codec<V> {

		void write(SliceBytes.Writer out, V value);

		V read(SliceBytes.Reader in);

		/** Passes over a cell's values without reading them. */
		void skip(SliceBytes.Reader in);
	}

	/** Receives the cells of the slices a query reads. */
	interface CellConsumer<V> {

		void accept(LocalDate period, String key, V value);
	}

	/**
	 * A slice's coordinates.
	 *
	 * @param view the view
	 * @param span {@code D} (day), {@code M} (month), or {@link SliceStore#LATE} (late closures of a closure day)
	 * @param period the first day of the period, or the closure day
	 */
	record Slice(CellView view, String span, LocalDate period) {
	}

	/** Slices read and rewritten together: at 10,000,000 cases a day of the grid view is about 600 KB. */
	private static final int SLICES_AT_ONCE = 8;

	/** The slices of one view and span, read in one statement. */
	private record ViewSpan(CellView view, String span) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final String table;

	private final String column;

	private final Codec<V> codec;

	SliceTable(JdbcClient jdbc, JdbcTemplate batches, String table, String column, Codec<V> codec) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.table = table;
		this.column = column;
		this.codec = codec;
	}

	/**
	 * Changes cells of slices: for each slice, the change of each cell by key, from its values ({@code null} when it
	 * has none) to its new values ({@code null} to remove it). A slice left without cells is removed.
	 */
	void change(Map<Slice, SortedMap<String, UnaryOperator<V>>> changes) {
		List<Slice> slices = new ArrayList<>(changes.keySet());
		for (int i = 0; i < slices.size(); i += SLICES_AT_ONCE) {
			change(slices.subList(i, Math.min(slices.size(), i + SLICES_AT_ONCE)), changes);
		}
	}

	/** Reads, rewrites and writes some of the slices, so that only those are in memory. */
	private void change(List<Slice> slices, Map<Slice, SortedMap<String, UnaryOperator<V>>> changes) {
		Map<Slice, byte[]> before = find(slices);
		List<Object[]> updates = new ArrayList<>();
		List<Object[]> deletes = new ArrayList<>();
		List<Object[]> inserts = new ArrayList<>();
		for (Slice slice : slices) {
			Object[] key = { slice.view().name(), slice.span(), Date.valueOf(slice.period()) };
			byte[] old = before.get(slice);
			byte[] now = rewrite(old == null ? new byte[0] : old, changes.get(slice));
			if (now.length > 0) {
				(old != null ? updates : inserts).add(new Object[] { now, key[0], key[1], key[2] });
			}
			else if (old != null) {
				deletes.add(key);
			}
		}
		String where = " WHERE view_name = ? AND span = ? AND period = ?";
		batches.batchUpdate("UPDATE " + table + " SET " + column + " = ?" + where, updates);
		batches.batchUpdate("DELETE FROM " + table + where, deletes);
		batches.batchUpdate("INSERT INTO " + table + " (" + column + ", view_name, span, period) VALUES (?, ?, ?, ?)",
				inserts);
	}

	/** Calls {@code each} with every cell of a view's slices of one span from {@code from} up to {@code to}. */
	void forEach(CellView view, String span, LocalDate from, LocalDate to, CellConsumer<V> each) {
		jdbc.sql(range()).param("view", view.name()).param("span", span).param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to)).query((ResultSet row) -> {
				LocalDate period = row.getDate("period").toLocalDate();
				SliceBytes.Reader in = new SliceBytes.Reader(row.getBytes(column));
				while (in.more()) {
					String key = in.string();
					each.accept(period, key, codec.read(in));
				}
			});
	}

	/** The statement reading a range of periods, one range of the table's primary key. */
	String range() {
		return "SELECT period, " + column + " FROM " + table
				+ " WHERE view_name = :view AND span = :span AND period >= :from AND period < :to";
	}

	/** The bytes of those of the slices that exist: one statement per view and span. */
	private Map<Slice, byte[]> find(Collection<Slice> slices) {
		Map<ViewSpan, List<LocalDate>> periods = new LinkedHashMap<>();
		slices.forEach(slice -> periods.computeIfAbsent(new ViewSpan(slice.view(), slice.span()),
				k -> new ArrayList<>()).add(slice.period()));
		Map<Slice, byte[]> found = new HashMap<>();
		periods.forEach((viewAndSpan, days) -> {
			CellView view = viewAndSpan.view();
			String span = viewAndSpan.span();
			for (List<LocalDate> part : ContributionStore.parts(days)) {
				jdbc.sql("SELECT period, " + column + " FROM " + table
						+ " WHERE view_name = :view AND span = :span AND period IN (:periods)")
					.param("view", view.name())
					.param("span", span)
					.param("periods", part.stream().map(Date::valueOf).toList())
					.query((ResultSet row) -> {
						found.put(new Slice(view, span, row.getDate("period").toLocalDate()), row.getBytes(column));
					});
			}
		});
		return found;
	}

	/** A slice's bytes with the cells changed: one pass merging its cells and the changes, both sorted by key. */
	private byte[] rewrite(byte[] slice, SortedMap<String, UnaryOperator<V>> changes) {
		SliceBytes.Reader in = new SliceBytes.Reader(slice);
		SliceBytes.Writer out = new SliceBytes.Writer();
		Iterator<Map.Entry<String, UnaryOperator<V>>> pending = changes.entrySet().iterator();
		Map.Entry<String, UnaryOperator<V>> next = pending.hasNext() ? pending.next() : null;
		while (in.more()) {
			int start = in.position();
			String key = in.string();
			while (next != null && next.getKey().compareTo(key) < 0) {
				write(out, next.getKey(), next.getValue().apply(null));
				next = pending.hasNext() ? pending.next() : null;
			}
			if (next != null && next.getKey().equals(key)) {
				write(out, key, next.getValue().apply(codec.read(in)));
				next = pending.hasNext() ? pending.next() : null;
			}
			else {
				codec.skip(in);
				out.raw(slice, start, in.position());
			}
		}
		while (next != null) {
			write(out, next.getKey(), next.getValue().apply(null));
			next = pending.hasNext() ? pending.next() : null;
		}
		return out.toBytes();
	}

	private void write(SliceBytes.Writer out, String key, V value) {
		if (value != null) {
			out.string(key);
			codec.write(out, value);
		}
	}
}
