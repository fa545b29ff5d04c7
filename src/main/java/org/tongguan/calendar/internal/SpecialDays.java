package org.tongguan.calendar.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongguan.calendar.SpecialDaysReplaced;
import org.tongguan.shared.InvalidInputException;

/** The official special days (节假日与调休) as stored: listed by year, replaced year by year from iCalendar files. */
@Service
public class SpecialDays {

	private static final int FIRST_YEAR = 1949, LAST_YEAR = 2100;

	private final SpecialDayRepository repository;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SpecialDays(SpecialDayRepository repository, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.events = events;
		this.clock = clock;
	}

	/** The special days of one year, or of all years when {@code year} is null, ascending. */
	@Transactional(readOnly = true)
	public List<SpecialDay> list(Integer year) {
		return year == null ? repository.findAll() : repository.findYear(year);
	}

	/**
	 * Replaces the special days of every year the iCalendar text covers, all or nothing.
	 * @throws org.tongguan.shared.InvalidInputException when the text does not parse or any event is invalid
	 */
	@Transactional
	public Imported replace(String iCalendar) {
		HolidayFile file = HolidayFile.read(iCalendar);
		repository.replaceYears(file.years(), file.days(), clock.instant());
		events.publishEvent(new SpecialDaysReplaced(file.years()));
		long holidays = file.days().stream().filter(day -> day.kind() == SpecialDay.Kind.HOLIDAY).count();
		return new Imported(file.years(), (int) holidays, file.days().size() - (int) holidays);
	}

	/**
	 * Removes every special day of one year (its weekends and weekdays then follow the ordinary week).
	 * @throws org.tongguan.shared.InvalidInputException when the year is outside 1949–2100
	 */
	@Transactional
	public Imported clear(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new InvalidInputException("year", "a year from " + FIRST_YEAR + " to " + LAST_YEAR + ", not " + year);
		}
		repository.replaceYears(List.of(year), List.of(), clock.instant());
		events.publishEvent(new SpecialDaysReplaced(List.of(year)));
		return new Imported(List.of(year), 0, 0);
	}

	/** Whether no special day is stored yet (a new installation). */
	public boolean isEmpty() {
		return repository.isEmpty();
	}

	/**
	 * What an import stored.
	 *
	 * @param years the years replaced
	 * @param holidays how many days off (休) are stored for them
	 * @param workdays how many adjusted working days (班) are stored for them
	 */
	public record Imported(List<Integer> years, int holidays, int workdays) {
	}
}
