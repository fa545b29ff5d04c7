package org.tongguan.casework.history.row;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import org.tongguan.calendar.CalendarKind;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.deadline.WorkingTime;
import org.tongguan.casework.store.Countdown;
import org.tongguan.casework.store.Milestones;
import org.tongguan.catalog.CategoryVersion;
import org.tongguan.catalog.Urgency;

/**
 * The overall deadline (处置时限) of an imported case, counted from its report like a live case's: the due time the
 * file gives (its limit is then the working time from report to due), or else the overall limit of the category's
 * current catalogue version at the case's urgency on the working calendar (24×7 for round-the-clock categories). The
 * 80 % point and the computed due time are kept to the second like a live case's; the warned and overdue flags are
 * set as of the case's closure, or as of the import for a case still open.
 */
public final class HistoryDeadlines {

	private final WorkingTime time;

	private final Instant now;

	private final Map<String, Duration> limits = new HashMap<>();

	public HistoryDeadlines(WorkingTime time, Instant now) {
		this.time = time;
		this.now = now;
	}

	/** The case's overall deadline; {@code due} is the file's due time or {@code null}. */
	Countdown overall(CategoryVersion version, Urgency urgency, CalendarKind calendar, Milestones reached,
			Instant due, CaseStage stage) {
		Instant start = reached.reported();
		Duration limit = due == null ? limit(version, urgency, calendar) : time.elapsed(start, due, calendar);
		Instant dueAt = due == null ? toSecond(after(start, limit, calendar)) : due;
		Instant warnAt = toSecond(after(start, limit.multipliedBy(4).dividedBy(5), calendar));
		if (warnAt.isAfter(dueAt)) {
			warnAt = dueAt;
		}
		Instant readAt = endedUnclosed(stage) ? null : reached.closed() != null ? reached.closed() : now;
		return new Countdown(start, limit, Duration.ZERO, warnAt, dueAt,
				readAt != null && !readAt.isBefore(warnAt), readAt != null && readAt.isAfter(dueAt));
	}

	private Duration limit(CategoryVersion version, Urgency urgency, CalendarKind calendar) {
		return limits.computeIfAbsent(version.id() + "/" + urgency,
				key -> time.length(version.definition().limits().overall(urgency).orElseThrow(), calendar));
	}

	/**
	 * The earliest instant at which {@code working} of working time has passed since {@code start}: the whole hours
	 * by the calendar, the rest added directly when it fits into the working period reached (one check instead of a
	 * search, which matters at 100,000 rows), else by {@link WorkingTime#after}.
	 */
	private Instant after(Instant start, Duration working, CalendarKind calendar) {
		Duration rest = working.minusHours(working.toHours());
		Instant base = time.after(start, working.minus(rest), calendar);
		if (rest.isZero()) {
			return base;
		}
		Instant candidate = base.plus(rest);
		return time.elapsed(base, candidate, calendar).equals(rest) ? candidate : time.after(start, working, calendar);
	}

	private static Instant toSecond(Instant instant) {
		Instant whole = instant.truncatedTo(ChronoUnit.SECONDS);
		return whole.equals(instant) ? whole : whole.plusSeconds(1);
	}

	private static boolean endedUnclosed(CaseStage stage) {
		return stage == CaseStage.VOIDED || stage == CaseStage.MERGED || stage == CaseStage.TRANSFERRED;
	}
}
