package org.tongguan.casework.statistics.ready;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongguan.shared.persistence.H2Checkpoint;

/**
 * The ready data's slices (decision 0015): the cells of every view by day and month, and the late closures by
 * closure day ({@code casework_statistics_slice}); the runs of handling times by closure day
 * ({@code casework_statistics_times}). A fold applies its changes here: each slice it touches is read and
 * rewritten in memory, its unchanged cells copied as they are, and written when the transaction's folds end.
 */
@Repository
public class SliceStore {

	/** The span of the slices of late closures, whose period is the closure day. */
	static final String LATE = "L";

	/** Slices fetched from the database at a time (each up to some tens of kilobytes). */
	static final int SLICES_PER_FETCH = 32;

	private final SliceTable<CellSums> cells;

	private final SliceTable<byte[][]> times;

	SliceStore(JdbcTemplate batches) {
		JdbcClient jdbc = JdbcClient.create(fetchingFew(batches));
		H2Checkpoint checkpoint = H2Checkpoint.of(batches);
		this.cells = new SliceTable<>(jdbc, batches, "casework_statistics_slice", "cells", CellSums.CODEC,
				checkpoint);
		this.times = new SliceTable<>(jdbc, batches, "casework_statistics_times", "runs", new SliceTable.Codec<>() {

			@Override
			public void write(SliceBytes.Writer out, byte[][] runs) {
				out.bytes(runs[0]);
				out.bytes(runs[1]);
			}

			@Override
			public byte[][] read(SliceBytes.Reader in) {
				return new byte[][] { in.bytes(), in.bytes() };
			}

			@Override
			public void skip(SliceBytes.Reader in) {
				in.skipBytes();
				in.skipBytes();
			}
		}, checkpoint);
	}

	/**
	 * Statements that fetch a few slices at a time, as the range reads do ({@link SliceRange#forEach}): PostgreSQL's
	 * driver otherwise reads a whole result into the heap before the first row.
	 */
	private static JdbcTemplate fetchingFew(JdbcTemplate batches) {
		JdbcTemplate few = new JdbcTemplate(batches.getDataSource());
		few.setFetchSize(SLICES_PER_FETCH);
		return few;
	}

	/** The cells by day and month ({@code D}, {@code M}) and the late closures by closure day ({@link #LATE}). */
	SliceTable<CellSums> cells() {
		return cells;
	}

	/** The runs of working and calendar handling times ({@code [working, calendar]}) by closure day ({@code D}). */
	SliceTable<byte[][]> times() {
		return times;
	}

	/** The key of a cell within its slice: district and group. */
	static String key(String district, String group) {
		return district + group;
	}

	/** The key of a late closure's cell within the slice of its closure day: the span, period, district and group due. */
	static String lateKey(CellDeltas.Cell due) {
		return due.span().name() + due.period() + key(due.district(), due.key());
	}

	/** The district of a cell's key. */
	static String district(String key) {
		return key.substring(0, 6);
	}

	/** The group of a cell's key. */
	static String group(String key) {
		return key.substring(6);
	}

	/**
	 * The slice of the due cell of a late closure's key: its span's name and period, e.g. {@code D2025-03-01} (a query
	 * reads many late closures, and parsing each period as a date was most of reading them).
	 */
	static String lateDueSlice(String lateKey) {
		return lateKey.substring(0, 11);
	}

	/** The key of the due cell (district and group) of a late closure's key. */
	static String lateDue(String lateKey) {
		return lateKey.substring(11);
	}

	/**
	 * The slices that the folds of one transaction change are held in memory up to these many bytes per table: at
	 * 10,000,000 cases the slices a fold of 10,000 imported cases changes hold about 30 MB.
	 */
	private static final long HELD_BYTES = 16 << 20;

	/** Holds the slices the folds of one transaction change, until {@link Writes#write()} (at the latest). */
	public Writes writes() {
		return new Writes(new SliceBuffer<>(cells, HELD_BYTES), new SliceBuffer<>(times, HELD_BYTES));
	}

	/** Applies a fold's changes to the slices held by the transaction's writes. */
	public void apply(CellDeltas deltas, Writes writes) {
		Map<SliceTable.Slice, SortedMap<String, UnaryOperator<CellSums>>> cellChanges = new HashMap<>();
		deltas.cells.forEach((cell, values) -> changes(cellChanges, slice(cell)).put(key(cell.district(), cell.key()),
				sums -> CellSums.plus(sums, values, deltas.names.get(cell))));
		deltas.late.forEach((late, values) -> changes(cellChanges, lateSlice(late)).put(lateKey(late.due()),
				sums -> CellSums.plus(sums, values, null)));
		writes.cells().change(cellChanges);
		Map<SliceTable.Slice, SortedMap<String, UnaryOperator<byte[][]>>> runChanges = new HashMap<>();
		deltas.times.forEach((cell, change) -> changes(runChanges, slice(cell)).put(key(cell.district(), cell.key()),
				runs -> {
					long[] working = change.working(runs == null ? null : runs[0]);
					return working.length == 0 ? null : new byte[][] { SortedSeconds.encode(working),
							SortedSeconds.encode(change.calendar(runs == null ? null : runs[1])) };
				}));
		writes.times().change(runChanges);
	}

	/**
	 * Merges an import's cells into the slices: each slice they touch is read once, rewritten in one pass with its
	 * changes in key order, and written (the cells stay held, for the caller to clear once the merge has committed).
	 */
	public void merge(ImportCells imported) {
		if (imported.isEmpty()) {
			return;
		}
		ImportMerge merge = new ImportMerge(imported);
		Writes writes = writes();
		writes.cells().rewrite(merge.cellChanges());
		writes.times().rewrite(merge.runChanges());
		writes.write();
	}

	/**
	 * The slices of both tables a transaction's folds change, held in memory until written.
	 *
	 * @param cells the cells' slices
	 * @param times the runs' slices
	 */
	public record Writes(SliceBuffer<CellSums> cells, SliceBuffer<byte[][]> times) {

		/** Writes every changed slice. */
		public void write() {
			cells.write();
			times.write();
		}
	}

	private static <V> SortedMap<String, UnaryOperator<V>> changes(
			Map<SliceTable.Slice, SortedMap<String, UnaryOperator<V>>> changes, SliceTable.Slice slice) {
		return changes.computeIfAbsent(slice, k -> new TreeMap<>());
	}

	private static SliceTable.Slice slice(CellDeltas.Cell cell) {
		return new SliceTable.Slice(cell.view(), cell.span().name(), cell.period(), piece(cell));
	}

	private static SliceTable.Slice lateSlice(CellDeltas.LateCell late) {
		return new SliceTable.Slice(late.due().view(), LATE, late.closedDay(), piece(late.due()));
	}

	private static String piece(CellDeltas.Cell cell) {
		return cell.view().piece(cell.district(), cell.key());
	}
}
