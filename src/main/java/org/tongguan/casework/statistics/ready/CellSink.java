package org.tongguan.casework.statistics.ready;

import java.time.LocalDate;

/**
 * Receives the cell changes that contributions make ({@link ContributionCells}): the per-case fold's deltas
 * ({@link CellDeltas}) or an import's cells in primitive arrays ({@link ImportCells}).
 */
interface CellSink {

	/**
	 * The index of a cell: a view's group in a region (district, or city in the city views) over the period of a span
	 * starting on a day, with the group's name the case carries ({@code null} when the view has no names).
	 */
	int cell(CellView view, String region, Span span, LocalDate period, String key, String name);

	/** Adds to one measure of a cell ({@link CellDeltas}' indexes). */
	void add(int cell, int measure, long value);

	/** Counts closures at or after the due time that were due in a cell, on their closure day. */
	void late(int dueCell, LocalDate closedDay, long closed, long closedOnTime);

	/** Puts a handling time into the runs of a day cell ({@code sign} 1), or takes it out (-1). */
	void time(int cell, int sign, long workingSeconds, long calendarSeconds);
}
