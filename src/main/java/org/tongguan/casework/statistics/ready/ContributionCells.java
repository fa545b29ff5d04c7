package org.tongguan.casework.statistics.ready;

import static org.tongguan.casework.statistics.ready.CellDeltas.CALENDAR;
import static org.tongguan.casework.statistics.ready.CellDeltas.CLOSED_EARLY;
import static org.tongguan.casework.statistics.ready.CellDeltas.CLOSED_EARLY_ON_TIME;
import static org.tongguan.casework.statistics.ready.CellDeltas.CLOSED_LATE;
import static org.tongguan.casework.statistics.ready.CellDeltas.CLOSED_LATE_ON_TIME;
import static org.tongguan.casework.statistics.ready.CellDeltas.DISPATCHED;
import static org.tongguan.casework.statistics.ready.CellDeltas.DUE;
import static org.tongguan.casework.statistics.ready.CellDeltas.EVALUATED;
import static org.tongguan.casework.statistics.ready.CellDeltas.EVENTS;
import static org.tongguan.casework.statistics.ready.CellDeltas.FILED;
import static org.tongguan.casework.statistics.ready.CellDeltas.HANDLED;
import static org.tongguan.casework.statistics.ready.CellDeltas.REPORTED;
import static org.tongguan.casework.statistics.ready.CellDeltas.RETURNED;
import static org.tongguan.casework.statistics.ready.CellDeltas.REWORKED;
import static org.tongguan.casework.statistics.ready.CellDeltas.SATISFIED;
import static org.tongguan.casework.statistics.ready.CellDeltas.WORKING;

import java.time.LocalDate;

/**
 * What a contribution changes in the cells (decision 0015): in every view, in the day and the month of each of its
 * events, the measures the event carries; its handling time in the runs of its closure's day; a closure after the due
 * time once more under its closure day.
 */
final class ContributionCells {

	private ContributionCells() {
	}

	/** Adds a contribution to the cells ({@code sign} 1) or takes it away (-1). */
	static void fold(Contribution c, int sign, CellSink sink) {
		for (CellView view : CellView.values()) {
			String key = view.key(c);
			String name = view.name(c);
			String region = view.region(c);
			for (Span span : Span.values()) {
				Group group = new Group(sink, view, region, span, key, name);
				group.event(c.reported(), sign, REPORTED, 1);
				group.event(c.filed(), sign, FILED, 1);
				group.event(c.dispatched(), sign, DISPATCHED, c.dispatches(), RETURNED, c.returns());
				if (c.satisfied() != null) {
					group.event(c.evaluated(), sign, EVALUATED, 1, SATISFIED, c.satisfied() ? 1 : 0);
				}
				else {
					group.event(c.evaluated(), sign);
				}
				group.event(c.dueDay(), sign);
				Contribution.Handling handling = c.handling();
				if (handling != null) {
					group.event(c.closedDay(), sign, HANDLED, 1);
					int cell = group.cell(c.closedDay());
					sink.add(cell, WORKING, sign * handling.workingSeconds());
					sink.add(cell, CALENDAR, sign * handling.calendarSeconds());
					if (span == Span.D) {
						sink.time(cell, sign, handling.workingSeconds(), handling.calendarSeconds());
					}
				}
				else {
					group.event(c.closedDay(), sign);
				}
				if (c.due()) {
					int cell = group.cell(c.dueToClose());
					sink.add(cell, DUE, sign);
					sink.add(cell, REWORKED, c.reworked() ? sign : 0);
					if (c.closedEarly()) {
						sink.add(cell, CLOSED_EARLY, sign);
						sink.add(cell, CLOSED_EARLY_ON_TIME, c.onTime() ? sign : 0);
					}
				}
				if (c.closedLate()) {
					int cell = group.cell(c.dueDay());
					sink.add(cell, CLOSED_LATE, sign);
					sink.add(cell, CLOSED_LATE_ON_TIME, c.onTime() ? sign : 0);
					sink.late(cell, c.closedDay(), sign, c.onTime() ? sign : 0);
				}
			}
		}
	}

	/**
	 * A contribution's group in one view and span, with the cells of the periods its events fell in so far: a case's
	 * events share a few periods, so each of its cells is looked up once.
	 */
	private static final class Group {

		private final CellSink sink;

		private final CellView view;

		private final String region;

		private final Span span;

		private final String key;

		private final String name;

		/** The periods seen (at most one per event time) and their cells. */
		private final LocalDate[] periods = new LocalDate[6];

		private final int[] cells = new int[6];

		private int seen;

		Group(CellSink sink, CellView view, String region, Span span, String key, String name) {
			this.sink = sink;
			this.view = view;
			this.region = region;
			this.span = span;
			this.key = key;
			this.name = name;
		}

		/** Counts an event time on its day: one more event, and the measures it carries. */
		void event(LocalDate day, int sign, int... measuresAndValues) {
			if (day == null) {
				return;
			}
			int cell = cell(day);
			sink.add(cell, EVENTS, sign);
			for (int i = 0; i < measuresAndValues.length; i += 2) {
				sink.add(cell, measuresAndValues[i], (long) sign * measuresAndValues[i + 1]);
			}
		}

		/** The group's cell of the period holding the day. */
		int cell(LocalDate day) {
			LocalDate period = span.start(day);
			for (int i = 0; i < seen; i++) {
				if (periods[i].equals(period)) {
					return cells[i];
				}
			}
			periods[seen] = period;
			cells[seen] = sink.cell(view, region, span, period, key, name);
			return cells[seen++];
		}
	}
}
