package org.tongguan.casework.internal;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Changes to one case row, applied together by {@link CaseStore#apply}: values to set and counters to increment. */
public final class CaseChanges {

	private final Map<CaseColumn, Object> values = new EnumMap<>(CaseColumn.class);

	private final Set<CaseColumn> increments = EnumSet.noneOf(CaseColumn.class);

	/** Sets a column to a value (instants, durations, enums, ids and codes are converted). */
	public CaseChanges set(CaseColumn column, Object value) {
		values.put(column, SqlValues.bind(value));
		return this;
	}

	/** Adds one to a counter column. */
	public CaseChanges increment(CaseColumn column) {
		increments.add(column);
		return this;
	}

	/** Sets the overall time limit's columns. */
	public CaseChanges overall(Countdown countdown) {
		return set(CaseColumn.LIMIT_SECONDS, countdown.limit())
			.set(CaseColumn.PAUSED_SECONDS, countdown.paused())
			.set(CaseColumn.WARN_AT, countdown.warnAt())
			.set(CaseColumn.DUE_AT, countdown.dueAt())
			.set(CaseColumn.WARNED, countdown.warned())
			.set(CaseColumn.OVERDUE, countdown.overdue());
	}

	/** Sets the current stage's time limit's columns, or clears them for a stage without a limit. */
	public CaseChanges stage(Countdown countdown) {
		if (countdown == null) {
			return set(CaseColumn.STAGE_STARTED_AT, null).set(CaseColumn.STAGE_LIMIT_SECONDS, null)
				.set(CaseColumn.STAGE_PAUSED_SECONDS, Duration.ZERO)
				.set(CaseColumn.STAGE_WARN_AT, null)
				.set(CaseColumn.STAGE_DUE_AT, null)
				.set(CaseColumn.STAGE_WARNED, false)
				.set(CaseColumn.STAGE_OVERDUE, false);
		}
		return set(CaseColumn.STAGE_STARTED_AT, countdown.start())
			.set(CaseColumn.STAGE_LIMIT_SECONDS, countdown.limit())
			.set(CaseColumn.STAGE_PAUSED_SECONDS, countdown.paused())
			.set(CaseColumn.STAGE_WARN_AT, countdown.warnAt())
			.set(CaseColumn.STAGE_DUE_AT, countdown.dueAt())
			.set(CaseColumn.STAGE_WARNED, countdown.warned())
			.set(CaseColumn.STAGE_OVERDUE, countdown.overdue());
	}

	Map<CaseColumn, Object> values() {
		return Collections.unmodifiableMap(values);
	}

	Set<CaseColumn> increments() {
		return Collections.unmodifiableSet(increments);
	}
}
