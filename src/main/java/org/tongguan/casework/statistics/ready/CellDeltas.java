package org.tongguan.casework.statistics.ready;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The changes to the cells that folding some contributions makes ({@link ContributionCells}): each contribution added
 * or taken away in every view, in the day and the month of each of its events, its handling time in the runs of its
 * closure's day. Kept in memory until {@link SliceStore#apply} writes them.
 */
public final class CellDeltas implements CellSink {

	/** The measures of a cell, by their index in its sums. */
	static final int REPORTED = 0, FILED = 1, DUE = 2, CLOSED_EARLY = 3, CLOSED_EARLY_ON_TIME = 4, CLOSED_LATE = 5,
			CLOSED_LATE_ON_TIME = 6, REWORKED = 7, DISPATCHED = 8, RETURNED = 9, EVALUATED = 10, SATISFIED = 11,
			HANDLED = 12, WORKING = 13, CALENDAR = 14, EVENTS = 15, MEASURES = 16;

	/** The measures of a late closure's cell: closed and closed on time. */
	static final int LATE_MEASURES = 2;

	final Map<Cell, long[]> cells = new HashMap<>();

	final Map<Cell, String> names = new HashMap<>();

	final Map<LateCell, long[]> late = new HashMap<>();

	/** The handling times added to and taken from the runs of the day cells of the closure days. */
	final Map<Cell, TimeChanges> times = new HashMap<>();

	/** The cells handed out by index to the contribution being folded, and their changes. */
	private final List<Cell> indexed = new ArrayList<>();

	private final List<long[]> indexedValues = new ArrayList<>();

	/** Adds a contribution to the cells. */
	public void add(Contribution c) {
		fold(c, 1);
	}

	/** Takes a contribution away from the cells. */
	public void subtract(Contribution c) {
		fold(c, -1);
	}

	/** Folds one contribution; the cells it hands out by index are those of this contribution only. */
	private void fold(Contribution c, int sign) {
		indexed.clear();
		indexedValues.clear();
		ContributionCells.fold(c, sign, this);
	}

	@Override
	public int cell(CellView view, String region, Span span, LocalDate period, String key, String name) {
		Cell cell = new Cell(view, region, span, period, key);
		if (name != null) {
			names.put(cell, name);
		}
		indexed.add(cell);
		indexedValues.add(cells.computeIfAbsent(cell, k -> new long[MEASURES]));
		return indexed.size() - 1;
	}

	@Override
	public void add(int cell, int measure, long value) {
		indexedValues.get(cell)[measure] += value;
	}

	@Override
	public void late(int dueCell, LocalDate closedDay, long closed, long closedOnTime) {
		long[] values = late.computeIfAbsent(new LateCell(indexed.get(dueCell), closedDay),
				k -> new long[LATE_MEASURES]);
		values[0] += closed;
		values[1] += closedOnTime;
	}

	@Override
	public void time(int cell, int sign, long workingSeconds, long calendarSeconds) {
		times.computeIfAbsent(indexed.get(cell), k -> new TimeChanges()).change(sign, workingSeconds, calendarSeconds);
	}

	/**
	 * One cell: a view's group in a district over a day or a month.
	 *
	 * @param view the view
	 * @param district the district
	 * @param span day or month
	 * @param period the first day of the period
	 * @param key the group's key in the view, {@code ""} for none
	 */
	record Cell(CellView view, String district, Span span, LocalDate period, String key) {
	}

	/**
	 * The cell of the closures after the due time that were due in a cell's period and closed on one day.
	 *
	 * @param due the cell of the due day
	 * @param closedDay the day of the closures
	 */
	record LateCell(Cell due, LocalDate closedDay) {
	}
}
