package org.tongguan.indicator;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 更新频率 — how often an indicator is published, and how its periods are written. */
public enum Frequency {
	/** 日 — a calendar day, written {@code 2025-03-05}. */
	DAILY("日", "a day", "\\d{4}-\\d{2}-\\d{2}", "2025-03-05"),
	/** 周 — an ISO week (Monday to Sunday), written {@code 2025-W10}. */
	WEEKLY("周", "an ISO week", "(\\d{4})-W(\\d{2})", "2025-W10"),
	/** 月 — a calendar month, written {@code 2025-03}. */
	MONTHLY("月", "a month", "(\\d{4})-(\\d{2})", "2025-03"),
	/** 季 — a quarter, written {@code 2025-Q1}. */
	QUARTERLY("季", "a quarter", "(\\d{4})-Q([1-4])", "2025-Q1"),
	/** 年 — a calendar year, written {@code 2025}. */
	YEARLY("年", "a year", "(\\d{4})", "2025");

	/** The earliest year a period may lie in. */
	static final int FIRST_YEAR = 1900;

	private final String label;

	private final String period;

	private final Pattern form;

	private final String example;

	Frequency(String label, String period, String form, String example) {
		this.label = label;
		this.period = period;
		this.form = Pattern.compile(form);
		this.example = example;
	}

	/** The Chinese name users know the frequency by. */
	public String label() {
		return label;
	}

	/** How a period of this frequency is written, in words with an example, for messages. */
	public String form() {
		return period + ", written like " + example;
	}

	/** The first day of the period of this frequency that holds the day. */
	public LocalDate start(LocalDate day) {
		return switch (this) {
			case DAILY -> day;
			case WEEKLY -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			case MONTHLY -> day.withDayOfMonth(1);
			case QUARTERLY -> day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
			case YEARLY -> day.withDayOfYear(1);
		};
	}

	/** The first day of the period after the one starting on {@code start}. */
	public LocalDate next(LocalDate start) {
		return plus(start, 1);
	}

	/** The first day of the period {@code periods} periods after the one starting on {@code start}. */
	public LocalDate plus(LocalDate start, long periods) {
		return switch (this) {
			case DAILY -> start.plusDays(periods);
			case WEEKLY -> start.plusWeeks(periods);
			case MONTHLY -> start.plusMonths(periods);
			case QUARTERLY -> start.plusMonths(3 * periods);
			case YEARLY -> start.plusYears(periods);
		};
	}

	/**
	 * How many periods lie from the one starting on {@code start} to the one starting on {@code end}: 0 for the same,
	 * negative when {@code end} lies before.
	 */
	public long between(LocalDate start, LocalDate end) {
		return switch (this) {
			case DAILY -> ChronoUnit.DAYS.between(start, end);
			case WEEKLY -> ChronoUnit.WEEKS.between(start, end);
			case MONTHLY -> ChronoUnit.MONTHS.between(start, end);
			case QUARTERLY -> ChronoUnit.MONTHS.between(start, end) / 3;
			case YEARLY -> ChronoUnit.YEARS.between(start, end);
		};
	}

	/** The period starting on {@code start} as it is written, e.g. {@code 2025-W10}. */
	String text(LocalDate start) {
		return switch (this) {
			case DAILY -> start.toString();
			case WEEKLY -> String.format("%04d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
					start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
			case MONTHLY -> String.format("%04d-%02d", start.getYear(), start.getMonthValue());
			case QUARTERLY -> String.format("%04d-Q%d", start.getYear(), start.get(IsoFields.QUARTER_OF_YEAR));
			case YEARLY -> String.format("%04d", start.getYear());
		};
	}

	/** The first day of the period the text writes, empty when it is no period of this frequency. */
	Optional<LocalDate> parse(String text) {
		Matcher parts = form.matcher(text == null ? "" : text.strip());
		if (!parts.matches()) {
			return Optional.empty();
		}
		try {
			LocalDate start = switch (this) {
				case DAILY -> LocalDate.parse(parts.group());
				case WEEKLY -> week(Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)));
				case MONTHLY -> LocalDate.of(Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)), 1);
				case QUARTERLY -> LocalDate.of(Integer.parseInt(parts.group(1)),
						(Integer.parseInt(parts.group(2)) - 1) * 3 + 1, 1);
				case YEARLY -> LocalDate.of(Integer.parseInt(parts.group(1)), 1, 1);
			};
			return start.getYear() < FIRST_YEAR ? Optional.empty() : Optional.of(start);
		}
		catch (DateTimeException e) {
			return Optional.empty();
		}
	}

	private static LocalDate week(int year, int week) {
		LocalDate fourthOfJanuary = LocalDate.of(year, 1, 4);
		IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(fourthOfJanuary)
			.checkValidValue(week, IsoFields.WEEK_OF_WEEK_BASED_YEAR);
		return fourthOfJanuary.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}
}
