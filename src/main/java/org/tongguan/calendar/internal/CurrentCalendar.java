package org.tongguan.calendar.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tongguan.calendar.CalendarKind;
import org.tongguan.calendar.SpecialDaysReplaced;
import org.tongguan.calendar.WorkingCalendar;
import org.tongguan.shared.PlatformProperties;
import org.tongguan.shared.TimeLimit;

/**
 * The platform's {@link WorkingCalendar}: answers from an immutable {@link CalendarSnapshot} in memory, swapped
 * atomically when special days are imported here (after the import commits) and re-read every five minutes so that
 * imports made on another node of a cluster arrive too.
 */
@Component
public class CurrentCalendar implements WorkingCalendar {

	private final SpecialDayRepository repository;

	private final ZoneId zone;

	private final WorkingPeriods periods;

	private volatile CalendarSnapshot snapshot;

	CurrentCalendar(SpecialDayRepository repository, PlatformProperties platform, CalendarProperties properties) {
		this.repository = repository;
		this.zone = platform.zone();
		this.periods = WorkingPeriods.parse(properties.workingHours());
		this.snapshot = new CalendarSnapshot(zone, periods, List.of());
	}

	@Override
	public Instant deadline(Instant start, TimeLimit limit, CalendarKind kind) {
		return snapshot.deadline(start, limit, kind);
	}

	@Override
	public Duration elapsed(Instant from, Instant to, CalendarKind kind) {
		return snapshot.elapsed(from, to, kind);
	}

	@Override
	public Duration length(TimeLimit limit, CalendarKind kind) {
		return snapshot.length(limit, kind);
	}

	/** The working periods of every working day. */
	public WorkingPeriods periods() {
		return periods;
	}

	@TransactionalEventListener
	void on(SpecialDaysReplaced replaced) {
		reload();
	}

	/** Reads the stored special days again and swaps the snapshot. */
	@Scheduled(initialDelay = 5, fixedDelay = 5, timeUnit = TimeUnit.MINUTES)
	synchronized void reload() {
		snapshot = new CalendarSnapshot(zone, periods, repository.findAll());
	}
}
