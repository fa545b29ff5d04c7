package org.tongguan.casework.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseId;
import org.tongguan.shared.PlatformProperties;

/**
 * Case numbers (案卷号): the report's date in the city's zone and the case id, at least six digits, e.g.
 * {@code 20261123000042}.
 */
@Component
public class CaseNumbers {

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private final ZoneId zone;

	public CaseNumbers(PlatformProperties platform) {
		this.zone = platform.zone();
	}

	/** The number of a case reported at the given time. */
	public String of(CaseId id, Instant reportedAt) {
		return LocalDate.ofInstant(reportedAt, zone).format(DATE) + String.format("%06d", id.value());
	}

	/** The case id a number names, empty when the text is not a case number. */
	public Optional<CaseId> parse(String number) {
		if (number == null || !number.matches("\\d{14,27}")) {
			return Optional.empty();
		}
		try {
			return Optional.of(new CaseId(Long.parseLong(number.substring(8))));
		}
		catch (NumberFormatException e) {
			return Optional.empty(); // more than a case id can hold: no such case
		}
	}
}
