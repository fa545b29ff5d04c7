package org.tongguan.calendar;

/** Which clock a time limit runs on. */
public enum CalendarKind {
	/** Working hours on working days only (holidays off, 调休 weekend days on). */
	WORKING,
	/** Every hour of every day, for emergencies (24×7). */
	ROUND_THE_CLOCK
}
