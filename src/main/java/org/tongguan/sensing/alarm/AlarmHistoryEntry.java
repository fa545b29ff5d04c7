package org.tongguan.sensing.alarm;

import java.time.Instant;

import org.tongguan.sensing.WarningLevel;

/**
 * One entry of an alarm's history: every change of level and state.
 *
 * @param at when the platform recorded it
 * @param action what happened
 * @param actor who ({@code system} for the rules)
 * @param from the level before, {@code null} when it was raised
 * @param to the level after, {@code null} when it cleared
 * @param value the value or rate per minute behind a level change, {@code null} for none
 * @param measuredAt when the reading behind a change by the rules was measured, {@code null} for users' actions
 * @param note the assignee, the clearing comment or why the platform did it
 */
public record AlarmHistoryEntry(Instant at, AlarmAction action, String actor, WarningLevel from, WarningLevel to,
		Double value, Instant measuredAt, String note) {

	/** An entry of a user's action, which has no reading behind it. */
	static AlarmHistoryEntry byUser(Instant at, AlarmAction action, String user, String note) {
		return new AlarmHistoryEntry(at, action, user, null, null, null, null, note);
	}
}
