package org.tongguan.casework.statistics.ready;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.UnaryOperator;

/**
 * The slices of one table that the folds of one transaction change (decision 0015), held in memory between folds
 * and written when the transaction's folds end or the held bytes pass a budget. The cases of an import come in time
 * order and a case's events reach weeks ahead, so consecutive folds change mostly the same slices: holding them
 * writes each about once per transaction rather than once per fold.
 *
 * @param <V> the values of a cell
 */
final class SliceBuffer<V> {

	/** Slices (pieces of some tens of kilobytes at most) read from the table in one statement. */
	private static final int SLICES_AT_ONCE = 256;

	/** The order slices are read in, so that those read together share their periods and pieces. */
	private static final Comparator<SliceTable.Slice> ORDER = Comparator.comparing(SliceTable.Slice::view)
		.thenComparing(SliceTable.Slice::span)
		.thenComparing(SliceTable.Slice::period)
		.thenComparing(SliceTable.Slice::piece);

	private final SliceTable<V> table;

	private final long budget;

	/** The bytes of every slice held, empty for one without cells. */
	private final Map<SliceTable.Slice, byte[]> held = new HashMap<>();

	/** The held slices the table holds a row for. */
	private final Set<SliceTable.Slice> stored = new HashSet<>();

	/** The held slices changed since they were read. */
	private final Set<SliceTable.Slice> changed = new HashSet<>();

	private long bytes;

	/**
	 * @param table the table of the slices
	 * @param budget the bytes held at most between changes; past it every changed slice is written and none is held
	 */
	SliceBuffer(SliceTable<V> table, long budget) {
		this.table = table;
		this.budget = budget;
	}

	/**
	 * Changes cells of slices: for each slice, the change of each cell by key, from its values ({@code null} when it
	 * has none) to its new values ({@code null} to remove it). A slice left without cells is removed when written.
	 */
	void change(Map<SliceTable.Slice, SortedMap<String, UnaryOperator<V>>> changes) {
		Map<SliceTable.Slice, SliceTable.Changes<V>> cursors = new HashMap<>();
		changes.forEach((slice, cells) -> cursors.put(slice, SliceTable.Changes.of(cells)));
		rewrite(cursors);
	}

	/** Changes cells of slices: for each slice, its changes in the order of their keys. */
	void rewrite(Map<SliceTable.Slice, SliceTable.Changes<V>> changes) {
		List<SliceTable.Slice> slices = new ArrayList<>(changes.keySet());
		slices.sort(ORDER);
		for (int i = 0; i < slices.size(); i += SLICES_AT_ONCE) {
			List<SliceTable.Slice> part = slices.subList(i, Math.min(slices.size(), i + SLICES_AT_ONCE));
			hold(part);
			for (SliceTable.Slice slice : part) {
				byte[] before = held.get(slice);
				byte[] now = table.rewrite(before, changes.get(slice));
				held.put(slice, now);
				changed.add(slice);
				bytes += now.length - before.length;
			}
			if (bytes > budget) {
				write();
			}
		}
	}

	/** Writes every changed slice to the table and holds none. */
	void write() {
		Map<SliceTable.Slice, byte[]> writes = new HashMap<>();
		changed.forEach(slice -> writes.put(slice, held.get(slice)));
		table.write(writes, stored);
		held.clear();
		stored.clear();
		changed.clear();
		bytes = 0;
	}

	/** Reads those of the slices not held yet. */
	private void hold(List<SliceTable.Slice> slices) {
		List<SliceTable.Slice> missing = slices.stream().filter(slice -> !held.containsKey(slice)).toList();
		if (missing.isEmpty()) {
			return;
		}
		Map<SliceTable.Slice, byte[]> found = table.find(missing);
		for (SliceTable.Slice slice : missing) {
			byte[] row = found.get(slice);
			if (row != null) {
				stored.add(slice);
				bytes += row.length;
			}
			held.put(slice, row != null ? row : new byte[0]);
		}
	}
}
