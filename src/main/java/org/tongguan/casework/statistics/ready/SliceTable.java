package org.tongguan.casework.statistics.ready;

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
import java.util.Set;
import java.util.SortedMap;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongguan.shared.persistence.H2Checkpoint;

/**
 * One table of the ready data's slices (decision 0015): a row per view, span and period whose bytes hold every cell
 * of that view over that period, keyed by a string (district and group, or for a late closure its due cell) and
 * sorted by it. A fold rewrites the slices it changes in one pass over their bytes, copying the cells it does not
 * change as they are (held in a {@link SliceBuffer} until written); a query reads ranges of periods ({@link
 * SliceRange}).
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

	/** The changes to one slice's cells, in the order of their keys: a cursor, read once. */
	interface Changes<V> {

		/** Moves to the next changed cell; answers whether there is one. */
		boolean next();

		/** The changed cell's key. */
		String key();

		/** The cell's values after the change, from its values before ({@code null}: none); {@code null} removes it. */
		V apply(V before);

		/** The changes a sorted map holds, by key. */
		static <V> Changes<V> of(SortedMap<String, UnaryOperator<V>> changes) {
			Iterator<Map.Entry<String, UnaryOperator<V>>> entries = changes.entrySet().iterator();
			return new Changes<>() {

				private Map.Entry<String, UnaryOperator<V>> current;

				@Override
				public boolean next() {
					current = entries.hasNext() ? entries.next() : null;
					return current != null;
				}

				@Override
				public String key() {
					return current.getKey();
				}

				@Override
				public V apply(V before) {
					return current.getValue().apply(before);
				}
			};
		}
	}

	/**
	 * A piece of a slice: the row holding the cells of one district (one street in the grid view, {@link
	 * CellView#piece}) of a view over a period.
	 *
	 * @param view the view
	 * @param span {@code D} (day), {@code M} (month), or {@link SliceStore#LATE} (late closures of a closure day)
	 * @param period the first day of the period, or the closure day
	 * @param piece the district, or the street in the grid view
	 */
	record Slice(CellView view, String span, LocalDate period, String piece) {
	}

	/** The slices of one view and span, read in one statement. */
	private record ViewSpan(CellView view, String span) {
	}

	/**
	 * The bytes of slices written between two checkpoints: at 10,000,000 cases a merge rewrites tens of megabytes of
	 * slices, and in chunks of 36–54 MB H2's serialization ran the README's heap out of memory (docs/benchmarks.md).
	 */
	static final long BYTES_PER_CHECKPOINT = 4 << 20;

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final String table;

	private final String column;

	private final Codec<V> codec;

	private final H2Checkpoint checkpoint;

	private final SliceRange<V> ranges;

	SliceTable(JdbcClient jdbc, JdbcTemplate batches, String table, String column, Codec<V> codec,
			H2Checkpoint checkpoint) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.table = table;
		this.column = column;
		this.codec = codec;
		this.checkpoint = checkpoint;
		this.ranges = new SliceRange<>(batches, table, column, codec);
	}

	/**
	 * Writes slices a fold changed: each slice's bytes now (empty when it has no cells left, and is removed), and
	 * whether the table holds it already. The new bytes go in parts of {@link #BYTES_PER_CHECKPOINT}, each full part
	 * followed by an {@link H2Checkpoint}, so that on H2 no chunk holds much more than one part.
	 */
	void write(Map<Slice, byte[]> changed, Set<Slice> stored) {
		List<Object[]> updates = new ArrayList<>();
		List<Object[]> deletes = new ArrayList<>();
		List<Object[]> inserts = new ArrayList<>();
		changed.forEach((slice, now) -> {
			Object[] key = { slice.view().name(), slice.span(), Date.valueOf(slice.period()), slice.piece() };
			boolean old = stored.contains(slice);
			if (now.length > 0) {
				(old ? updates : inserts).add(new Object[] { now, key[0], key[1], key[2], key[3] });
			}
			else if (old) {
				deletes.add(key);
			}
		});
		String where = " WHERE view_name = ? AND span = ? AND period = ? AND piece = ?";
		batches.batchUpdate("DELETE FROM " + table + where, deletes);
		inParts(updates, "UPDATE " + table + " SET " + column + " = ?" + where);
		inParts(inserts, "INSERT INTO " + table + " (" + column + ", view_name, span, period, piece) "
				+ "VALUES (?, ?, ?, ?, ?)");
	}

	/**
	 * Runs the statement for rows whose first value is a slice's bytes, a part of {@link #BYTES_PER_CHECKPOINT} at a
	 * time with a checkpoint after each full part.
	 */
	private void inParts(List<Object[]> rows, String statement) {
		int first = 0;
		long bytes = 0;
		for (int row = 0; row < rows.size(); row++) {
			bytes += ((byte[]) rows.get(row)[0]).length;
			if (bytes >= BYTES_PER_CHECKPOINT) {
				batches.batchUpdate(statement, rows.subList(first, row + 1));
				checkpoint.run();
				first = row + 1;
				bytes = 0;
			}
		}
		if (first < rows.size()) {
			// the rest goes into the chunk of the transaction's commit: a fold of a few live cases adds no checkpoint
			batches.batchUpdate(statement, rows.subList(first, rows.size()));
		}
	}

	/** The reads of ranges of this table's slices, as queries read them. */
	SliceRange<V> ranges() {
		return ranges;
	}

	/**
	 * The bytes of those of the slices that exist: one statement per view and span, for every piece of their periods
	 * and pieces (a few more than asked for, left out).
	 */
	Map<Slice, byte[]> find(Collection<Slice> slices) {
		Map<ViewSpan, List<Slice>> bySpan = new LinkedHashMap<>();
		slices.forEach(slice -> bySpan.computeIfAbsent(new ViewSpan(slice.view(), slice.span()),
				k -> new ArrayList<>()).add(slice));
		Set<Slice> wanted = Set.copyOf(slices);
		Map<Slice, byte[]> found = new HashMap<>();
		bySpan.forEach((viewAndSpan, some) -> {
			CellView view = viewAndSpan.view();
			String span = viewAndSpan.span();
			List<Date> periods = some.stream().map(Slice::period).distinct().map(Date::valueOf).toList();
			List<String> pieces = some.stream().map(Slice::piece).distinct().toList();
			jdbc.sql("SELECT period, piece, " + column + " FROM " + table
					+ " WHERE view_name = :view AND span = :span AND period IN (:periods) AND piece IN (:pieces)")
				.param("view", view.name())
				.param("span", span)
				.param("periods", periods)
				.param("pieces", pieces)
				.query((ResultSet row) -> {
					Slice slice = new Slice(view, span, row.getDate("period").toLocalDate(), row.getString("piece"));
					if (wanted.contains(slice)) {
						found.put(slice, row.getBytes(column));
					}
				});
		});
		return found;
	}

	/** A slice's bytes with the cells changed: one pass merging its cells and the changes, both sorted by key. */
	byte[] rewrite(byte[] slice, Changes<V> changes) {
		SliceBytes.Reader in = new SliceBytes.Reader(slice);
		SliceBytes.Writer out = new SliceBytes.Writer();
		boolean more = changes.next();
		while (in.more()) {
			int start = in.position();
			String key = in.string();
			while (more && changes.key().compareTo(key) < 0) {
				write(out, changes.key(), changes.apply(null));
				more = changes.next();
			}
			if (more && changes.key().equals(key)) {
				write(out, key, changes.apply(codec.read(in)));
				more = changes.next();
			}
			else {
				codec.skip(in);
				out.raw(slice, start, in.position());
			}
		}
		while (more) {
			write(out, changes.key(), changes.apply(null));
			more = changes.next();
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
