package org.tongguan.casework.statistics;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The changes to the cells that folding some contributions makes: each contribution added or taken away in every
 * view, in the day and the month of each of its events, its handling time in the runs of its closure's day. Kept in memory until {@link SliceStore#apply} writes them.
 */
final class CellDeltas {

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

	/** Adds a contribution to the cells. */
	void add(Contribution c) {
		fold(c, 1);
	}

	/** Takes a contribution away from the cells. */
	void subtract(Contribution c) {
		fold(c, -1);
	}

	/** How many cells have changes. */
	int size() {
		return cells.size() + late.size();
	}

	private void fold(Contribution c, int sign) {
		for (CellView view : CellView.values()) {
			String key = view.key(c);
			String name = view.name(c);
			for (Span span : Span.values()) {
				Group group = new Group(view, view.region(c), span, key, name);
				event(group, c.reported(), sign, REPORTED, 1);
				event(group, c.filed(), sign, FILED, 1);
				event(group, c.dispatched(), sign, DISPATCHED, c.dispatches(), RETURNED, c.returns());
				if (c.satisfied() != null) {
					event(group, c.evaluated(), sign, EVALUATED, 1, SATISFIED, c.satisfied() ? 1 : 0);
				}
				else {
					event(group, c.evaluated(), sign);
				}
				event(group, c.dueDay(), sign);
				Contribution.Handling handling = c.handling();
				if (handling != null) {
					event(group, c.closedDay(), sign, HANDLED, 1);
					long[] values = values(group, c.closedDay());
					values[WORKING] += sign * handling.workingSeconds();
					values[CALENDAR] += sign * handling.calendarSeconds();
					if (span == Span.D) {
						times.computeIfAbsent(cell(group, c.closedDay()), k -> new TimeChanges())
							.change(sign, handling.workingSeconds(), handling.calendarSeconds());
					}
				}
				else {
					event(group, c.closedDay(), sign);
				}
				if (c.due()) {
					measure(group, c.dueToClose(), sign, DUE, 1);
					measure(group, c.dueToClose(), sign, REWORKED, c.reworked() ? 1 : 0);
					if (c.closedEarly()) {
						measure(group, c.dueToClose(), sign, CLOSED_EARLY, 1);
						measure(group, c.dueToClose(), sign, CLOSED_EARLY_ON_TIME, c.onTime() ? 1 : 0);
					}
				}
				if (c.closedLate()) {
					measure(group, c.dueDay(), sign, CLOSED_LATE, 1);
					measure(group, c.dueDay(), sign, CLOSED_LATE_ON_TIME, c.onTime() ? 1 : 0);
					long[] values = late.computeIfAbsent(new LateCell(cell(group, c.dueDay()), c.closedDay()),
							k -> new long[LATE_MEASURES]);
					values[0] += sign;
					values[1] += c.onTime() ? sign : 0;
				}
			}
		}
	}

	/** Counts an event time on its day: one more event, and the measures it carries. */
	private void event(Group group, LocalDate day, int sign, int... measuresAndValues) {
		if (day == null) {
			return;
		}
		long[] values = values(group, day);
		values[EVENTS] += sign;
		for (int i = 0; i < measuresAndValues.length; i += 2) {
			values[measuresAndValues[i]] += (long) sign * measuresAndValues[i + 1];
		}
	}

	private void measure(Group group, LocalDate day, int sign, int measure, int value) {
		values(group, day)[measure] += (long) sign * value;
	}

	private long[] values(Group group, LocalDate day) {
		Cell cell = cell(group, day);
		if (group.name() != null) {
			names.put(cell, group.name());
		}
		return cells.computeIfAbsent(cell, k -> new long[MEASURES]);
	}

	private static Cell cell(Group group, LocalDate day) {
		return new Cell(group.view(), group.district(), group.span(), group.span().start(day), group.key());
	}

	/** The cell's coordinates apart from its period. */
	private record Group(CellView view, String district, Span span, String key, String name) {
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
