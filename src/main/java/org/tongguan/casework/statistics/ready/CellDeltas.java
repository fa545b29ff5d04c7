package org.tongguan.casework.statistics.ready;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tongguan.casework.statistics.figures.Counts;

/**
 * The changes to the cells that folding some contributions makes: each contribution added or taken away in every
 * view, in the day and the month of each of its events, its handling time in the runs of its closure's day. Kept in memory until {@link SliceStore#apply} writes them.
 */
public final class CellDeltas {

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
	public void add(Contribution c) {
		fold(c, 1);
	}

	/** Takes a contribution away from the cells. */
	public void subtract(Contribution c) {
		fold(c, -1);
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
					long[] values = group.values(c.closedDay());
					values[WORKING] += sign * handling.workingSeconds();
					values[CALENDAR] += sign * handling.calendarSeconds();
					if (span == Span.D) {
						times.computeIfAbsent(group.cell(c.closedDay()), k -> new TimeChanges())
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
					long[] values = late.computeIfAbsent(new LateCell(group.cell(c.dueDay()), c.closedDay()),
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
		long[] values = group.values(day);
		values[EVENTS] += sign;
		for (int i = 0; i < measuresAndValues.length; i += 2) {
			values[measuresAndValues[i]] += (long) sign * measuresAndValues[i + 1];
		}
	}

	private void measure(Group group, LocalDate day, int sign, int measure, int value) {
		group.values(day)[measure] += (long) sign * value;
	}

	/**
	 * A contribution's group in one view and span, with the cells of the periods its events fell in so far: a case's
	 * events share a few periods, so each of its cells is looked up in the deltas once.
	 */
	private final class Group {

		private final CellView view;

		private final String district;

		private final Span span;

		private final String key;

		private final String name;

		private final List<Cell> seen = new ArrayList<>(4);

		private final List<long[]> seenValues = new ArrayList<>(4);

		Group(CellView view, String district, Span span, String key, String name) {
			this.view = view;
			this.district = district;
			this.span = span;
			this.key = key;
			this.name = name;
		}

		/** The changes of the group's cell of the period holding the day. */
		long[] values(LocalDate day) {
			int at = find(span.start(day));
			return seenValues.get(at >= 0 ? at : add(day));
		}

		/** The group's cell of the period holding the day. */
		Cell cell(LocalDate day) {
			int at = find(span.start(day));
			return seen.get(at >= 0 ? at : add(day));
		}

		private int find(LocalDate period) {
			for (int i = 0; i < seen.size(); i++) {
				if (seen.get(i).period().equals(period)) {
					return i;
				}
			}
			return -1;
		}

		private int add(LocalDate day) {
			Cell cell = new Cell(view, district, span, span.start(day), key);
			if (name != null) {
				names.put(cell, name);
			}
			seen.add(cell);
			seenValues.add(cells.computeIfAbsent(cell, k -> new long[MEASURES]));
			return seen.size() - 1;
		}
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
