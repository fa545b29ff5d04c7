package org.tongguan.casework.statistics;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ready data's slices (decision 0015): the cells of every view by day and month, and the late closures by
 * closure day ({@code casework_statistics_slice}); the runs of handling times by closure day
 * ({@code casework_statistics_times}). A fold applies its changes here: it reads the slices it touches, changes
 * their cells and writes them back.
 */
@Repository
class SliceStore {

	/** The span of the slices of late closures, whose period is the closure day. */
	static final String LATE = "L";

	private final SliceTable<CellSums> cells;

	private final SliceTable<byte[][]> times;

	SliceStore(JdbcClient jdbc, JdbcTemplate batches) {
		this.cells = new SliceTable<>(jdbc, batches, "casework_statistics_slice", "cells", CellSums.CODEC);
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
		});
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

	/** The span of the due cell of a late closure's key. */
	static Span lateSpan(String lateKey) {
		return Span.valueOf(lateKey.substring(0, 1));
	}

	/** The period of the due cell of a late closure's key. */
	static LocalDate latePeriod(String lateKey) {
		return LocalDate.parse(lateKey.substring(1, 11));
	}

	/** The key of the due cell (district and group) of a late closure's key. */
	static String lateDue(String lateKey) {
		return lateKey.substring(11);
	}

	/** Applies a fold's changes to the slices. */
	void apply(CellDeltas deltas) {
		Set<SliceTable.Slice> touched = new HashSet<>();
		deltas.cells.keySet().forEach(cell -> touched.add(slice(cell)));
		deltas.late.keySet().forEach(late -> touched.add(lateSlice(late)));
		Map<SliceTable.Slice, Map<String, CellSums>> changed = cells.find(touched);
		Set<SliceTable.Slice> existing = Set.copyOf(changed.keySet());
		deltas.cells.forEach((cell, values) -> add(changed, slice(cell), key(cell.district(), cell.key()),
				values, deltas.names.get(cell)));
		deltas.late.forEach((late, values) -> add(changed, lateSlice(late), lateKey(late.due()), values, null));
		cells.write(changed, existing);

		Map<SliceTable.Slice, Map<String, byte[][]>> runs = times
			.find(deltas.times.keySet().stream().map(SliceStore::slice).toList());
		Set<SliceTable.Slice> hadRuns = Set.copyOf(runs.keySet());
		deltas.times.forEach((cell, change) -> {
			Map<String, byte[][]> slice = runs.computeIfAbsent(slice(cell), k -> new HashMap<>());
			String key = key(cell.district(), cell.key());
			byte[][] before = slice.get(key);
			long[] working = change.working(before == null ? null : before[0]);
			long[] calendar = change.calendar(before == null ? null : before[1]);
			if (working.length == 0) {
				slice.remove(key);
			}
			else {
				slice.put(key, new byte[][] { SortedSeconds.encode(working), SortedSeconds.encode(calendar) });
			}
		});
		times.write(runs, hadRuns);
	}

	private static void add(Map<SliceTable.Slice, Map<String, CellSums>> slices, SliceTable.Slice slice, String key,
			long[] values, String name) {
		Map<String, CellSums> cells = slices.computeIfAbsent(slice, k -> new HashMap<>());
		CellSums sums = cells.computeIfAbsent(key, k -> new CellSums(null, new long[values.length]));
		sums.add(values, name);
		if (sums.empty()) {
			cells.remove(key);
		}
	}

	private static SliceTable.Slice slice(CellDeltas.Cell cell) {
		return new SliceTable.Slice(cell.view(), cell.span().name(), cell.period());
	}

	private static SliceTable.Slice lateSlice(CellDeltas.LateCell late) {
		return new SliceTable.Slice(late.due().view(), LATE, late.closedDay());
	}
}
