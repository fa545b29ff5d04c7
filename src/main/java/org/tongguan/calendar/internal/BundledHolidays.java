package org.tongguan.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * On start, fills an empty calendar with the bundled official holiday file ({@code calendar/cn-holidays.ics}, the
 * State Council's 节假日安排) — for every city, since these are national facts — and loads the calendar into memory.
 */
@Component
@Order(40)
class BundledHolidays implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BundledHolidays.class);

	private static final String LOCATION = "calendar/cn-holidays.ics";

	private final SpecialDays specialDays;

	private final CurrentCalendar calendar;

	BundledHolidays(SpecialDays specialDays, CurrentCalendar calendar) {
		this.specialDays = specialDays;
		this.calendar = calendar;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (specialDays.isEmpty()) {
			long started = System.nanoTime();
			try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
				SpecialDays.Imported imported = specialDays.replace(new String(in.readAllBytes(), StandardCharsets.UTF_8));
				log.info("Official holidays: {} days off and {} adjusted working days of {} loaded from {} in {} ms",
						imported.holidays(), imported.workdays(), imported.years(), LOCATION,
						(System.nanoTime() - started) / 1_000_000);
			}
		}
		calendar.reload();
	}
}
