package org.tongguan.casework.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tongguan.calendar.CalendarKind;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.TrafficLight;
import org.tongguan.casework.store.CaseRecord;
import org.tongguan.casework.store.Countdown;
import org.tongguan.catalog.Catalog;
import org.tongguan.catalog.CategoryDefinition;
import org.tongguan.catalog.CategoryVersion;
import org.tongguan.catalog.MatterKind;
import org.tongguan.catalog.Stage;
import org.tongguan.catalog.Urgency;

/**
 * Time limits in working time (时限): the overall limit runs from the report over the whole case, each stage's limit
 * from the stage's start; both come from the case's catalogue version and run on the working calendar, or round the
 * clock for 24×7 categories. A 12345 case's overall limit is at most its matter type's reply limit (答复时限: an
 * enquiry is answered within 3 working days even when its category allows 15). Approved extensions (延期) add to a limit and suspensions (挂账) do not count. The 80 %
 * point and the due time are kept to the second, so lists can filter by traffic light in SQL.
 */
@Component
public class Deadlines {

	private final WorkingTime time;

	private final Catalog catalog;

	Deadlines(WorkingTime time, Catalog catalog) {
		this.time = time;
		this.catalog = catalog;
	}

	/** The clock a category's limits run on. */
	public static CalendarKind calendarOf(CategoryDefinition definition) {
		return definition.roundTheClock() ? CalendarKind.ROUND_THE_CLOCK : CalendarKind.WORKING;
	}

	/** The catalogue stage whose limit applies while a case is in a stage; empty for stages without a limit. */
	public static Optional<Stage> limitedStage(CaseStage stage) {
		return Optional.ofNullable(switch (stage) {
			case REPORTED -> Stage.ACCEPT;
			case ACCEPTED -> Stage.FILE;
			case FILED -> Stage.DISPATCH;
			case HANDLING, SUSPENDED -> Stage.HANDLE;
			case VERIFYING -> Stage.VERIFY;
			case CLOSING -> Stage.CLOSE;
			default -> null;
		});
	}

	/**
	 * The overall limit of a case reported at {@code start} with this version, urgency and 12345 matter type
	 * ({@code null} outside the hotline).
	 */
	public Countdown overall(CategoryVersion version, Urgency urgency, MatterKind matterType, Instant start) {
		CategoryDefinition definition = version.definition();
		CalendarKind kind = calendarOf(definition);
		Duration limit = time.length(definition.limits().overall(urgency).orElseThrow(), kind);
		if (matterType != null) {
			Duration reply = time.length(catalog.matterType(matterType).limit(), kind);
			limit = reply.compareTo(limit) < 0 ? reply : limit;
		}
		return timed(start, limit, Duration.ZERO, kind, false, false);
	}

	/** The limit of a stage entered at {@code start}, {@code null} for stages without one. */
	public Countdown stage(CaseStage stage, CategoryVersion version, Instant start) {
		CalendarKind kind = calendarOf(version.definition());
		return limitedStage(stage)
			.map(limited -> timed(start, time.length(version.definition().limits().stage(limited), kind),
					Duration.ZERO, kind, false, false))
			.orElse(null);
	}

	/** The same countdown with another limit; alarms not yet due again are raised again. */
	public Countdown withLimit(Countdown countdown, Duration limit, CalendarKind kind, Instant now) {
		return recompute(countdown, limit, countdown.paused(), kind, now);
	}

	/** The countdown after a suspension from {@code since} to {@code now}, which does not count. */
	public Countdown resumed(Countdown countdown, Instant since, Instant now, CalendarKind kind) {
		return recompute(countdown, countdown.limit(), countdown.paused().plus(time.elapsed(since, now, kind)), kind,
				now);
	}

	/**
	 * When a case's clocks are read: at the suspension while suspended, at closure once closed, else {@code now};
	 * {@code null} for cases that ended without closure (voided, merged, transferred), which show no light.
	 */
	public static Instant readAt(CaseRecord record, Instant now) {
		if (record.stage() == CaseStage.VOIDED || record.stage() == CaseStage.MERGED
				|| record.stage() == CaseStage.TRANSFERRED) {
			return null;
		}
		if (record.suspendedSince() != null) {
			return record.suspendedSince();
		}
		return record.milestones().closed() != null ? record.milestones().closed() : now;
	}

	/** How much of the limit is used at {@code at} (1.0 = all of it). */
	public double used(Countdown countdown, Instant at, CalendarKind kind) {
		Duration spent = time.elapsed(countdown.start(), at, kind).minus(countdown.paused());
		return countdown.limit().isZero() ? 1.0 : (double) spent.toMillis() / countdown.limit().toMillis();
	}

	/** The traffic light at {@code at}. */
	public TrafficLight light(Countdown countdown, Instant at, CalendarKind kind) {
		return TrafficLight.of(used(countdown, at, kind));
	}

	private Countdown recompute(Countdown countdown, Duration limit, Duration paused, CalendarKind kind, Instant now) {
		Countdown next = timed(countdown.start(), limit, paused, kind, false, false);
		return new Countdown(next.start(), limit, paused, next.warnAt(), next.dueAt(),
				countdown.warned() && !next.warnAt().isAfter(now), countdown.overdue() && !next.dueAt().isAfter(now));
	}

	private Countdown timed(Instant start, Duration limit, Duration paused, CalendarKind kind, boolean warned,
			boolean overdue) {
		Instant warnAt = time.after(start, limit.multipliedBy(4).dividedBy(5).plus(paused), kind);
		Instant dueAt = time.after(start, limit.plus(paused), kind);
		return new Countdown(start, limit, paused, toSecond(warnAt), toSecond(dueAt), warned, overdue);
	}

	private static Instant toSecond(Instant instant) {
		Instant whole = instant.truncatedTo(ChronoUnit.SECONDS);
		return whole.equals(instant) ? whole : whole.plusSeconds(1);
	}
}
