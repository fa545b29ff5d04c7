package org.tongguan.casework.statistics.ready;

import static org.tongguan.casework.statistics.ready.ImportCells.KEY_BITS;
import static org.tongguan.casework.statistics.ready.ImportCells.KEY_MASK;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * An import's cells ({@link ImportCells}) sorted by slice and, within a slice, by key — one primitive sort of their
 * packed keys with each key's number replaced by its rank — and handed to the slices as one cursor per slice, so
 * that {@link SliceTable#rewrite} merges each slice with its changes in one pass.
 */
final class ImportMerge {

	private static final long[] NONE = new long[0];

	private final ImportCells cells;

	/** The slots' packed keys with the key number replaced by its rank, sorted. */
	private final long[] order;

	private final int[] numberOfRank;

	ImportMerge(ImportCells cells) {
		this.cells = cells;
		int[] ranks = cells.keys.ranks();
		this.numberOfRank = new int[ranks.length];
		for (int number = 0; number < ranks.length; number++) {
			numberOfRank[ranks[number]] = number;
		}
		this.order = new long[cells.slots];
		for (int slot = 0; slot < cells.slots; slot++) {
			long packed = cells.slotKeys[slot];
			order[slot] = (packed & ~KEY_MASK) | ranks[(int) (packed & KEY_MASK)];
		}
		Arrays.sort(order);
	}

	/** The changes of the cells' slices, each a cursor over its cells in key order. */
	Map<SliceTable.Slice, SliceTable.Changes<CellSums>> cellChanges() {
		Map<SliceTable.Slice, SliceTable.Changes<CellSums>> changes = new HashMap<>();
		long[] full = new long[CellDeltas.MEASURES];
		long[] late = new long[CellDeltas.LATE_MEASURES];
		for (int from = 0, to; from < order.length; from = to) {
			to = end(order, from);
			boolean lateSlice = SliceStore.LATE.equals(ImportCells.span(order[from]));
			long[] values = lateSlice ? late : full;
			changes.put(slice(order[from]), new Cursor<>(from, to) {

				@Override
				public CellSums apply(CellSums before) {
					int slot = slot(at);
					System.arraycopy(cells.sums, slot * CellDeltas.MEASURES, values, 0, values.length);
					int name = cells.slotNames[slot];
					return CellSums.plus(before, values, name < 0 ? null : cells.names.get(name));
				}
			});
		}
		return changes;
	}

	/** The changes of the runs of handling times, by day slice, each a cursor over its cells in key order. */
	Map<SliceTable.Slice, SliceTable.Changes<byte[][]>> runChanges() {
		int[] positionOfSlot = new int[cells.slots];
		for (int position = 0; position < order.length; position++) {
			positionOfSlot[slot(position)] = position;
		}
		long[] times = new long[cells.times];
		for (int i = 0; i < times.length; i++) {
			times[i] = (long) positionOfSlot[cells.timeSlots[i]] << 32 | i;
		}
		Arrays.sort(times);
		// the cells with times, in order (their positions), and where each one's times start
		long[] withTimes = new long[times.length];
		int[] starts = new int[times.length + 1];
		int count = 0;
		for (int i = 0; i < times.length; i++) {
			if (i == 0 || times[i] >>> 32 != times[i - 1] >>> 32) {
				withTimes[count] = order[(int) (times[i] >>> 32)];
				starts[count++] = i;
			}
		}
		starts[count] = times.length;
		long[] cellsWithTimes = Arrays.copyOf(withTimes, count);
		Map<SliceTable.Slice, SliceTable.Changes<byte[][]>> changes = new HashMap<>();
		for (int from = 0, to; from < count; from = to) {
			to = end(cellsWithTimes, from);
			changes.put(slice(cellsWithTimes[from]), new Cursor<>(from, to, cellsWithTimes) {

				@Override
				public byte[][] apply(byte[][] runs) {
					long[] addedWorking = new long[starts[at + 1] - starts[at]];
					long[] addedCalendar = new long[addedWorking.length];
					for (int i = 0; i < addedWorking.length; i++) {
						int entry = (int) times[starts[at] + i];
						addedWorking[i] = cells.working[entry];
						addedCalendar[i] = cells.calendar[entry];
					}
					return new byte[][] {
							SortedSeconds.encode(SortedSeconds.change(runs == null ? null : runs[0], NONE, addedWorking)),
							SortedSeconds.encode(SortedSeconds.change(runs == null ? null : runs[1], NONE, addedCalendar)) };
				}
			});
		}
		return changes;
	}

	/** The slot at a position of the order. */
	private int slot(int position) {
		long ranked = order[position];
		return cells.slotOf((ranked & ~KEY_MASK) | numberOfRank[(int) (ranked & KEY_MASK)]);
	}

	/** Where the slice of the key at {@code from} ends in sorted keys. */
	private static int end(long[] sorted, int from) {
		long slice = sorted[from] >>> KEY_BITS;
		int to = from + 1;
		while (to < sorted.length && sorted[to] >>> KEY_BITS == slice) {
			to++;
		}
		return to;
	}

	private SliceTable.Slice slice(long packed) {
		return new SliceTable.Slice(ImportCells.view(packed), ImportCells.span(packed), ImportCells.period(packed),
				cells.pieces.get(ImportCells.piece(packed)));
	}

	/** A slice's changes: the positions {@code [from, to)} of sorted ranked keys. */
	private abstract class Cursor<V> implements SliceTable.Changes<V> {

		private final int to;

		private final long[] keys;

		int at;

		Cursor(int from, int to) {
			this(from, to, order);
		}

		Cursor(int from, int to, long[] keys) {
			this.at = from - 1;
			this.to = to;
			this.keys = keys;
		}

		@Override
		public boolean next() {
			return ++at < to;
		}

		@Override
		public String key() {
			return cells.keys.get(numberOfRank[(int) (keys[at] & KEY_MASK)]);
		}
	}
}
