package org.tongguan.casework.history.row;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;

/**
 * Reads the date-times of a history file: {@code 2025-03-05 09:30}, {@code 2025-03-05T09:30:15},
 * {@code 2025/3/5 9:30:15.250}, each optionally followed by {@code Z} or an offset such as {@code +08:00} or
 * {@code +0800}. Without an offset the time is read on the city's wall clock. A hand-written scanner, no regular
 * expressions or formatters per value.
 */
public final class TimeText {

	/** The accepted forms in words, for messages. */
	static final String FORMS = "yyyy-MM-dd HH:mm[:ss[.SSS]] ('/' and 'T' also accepted, optional Z or +08:00)";

	private final ZoneRules rules;

	private String text;

	private int at;

	public TimeText(ZoneId zone) {
		this.rules = zone.getRules();
	}

	/** The instant the text names, or {@code null} when it is not a date-time of an accepted form. */
	Instant parse(String value) {
		text = value;
		at = 0;
		try {
			return read();
		}
		catch (DateTimeException e) {
			return null;
		}
	}

	private Instant read() {
		int year = number(4, 4);
		char separator = at < text.length() ? text.charAt(at) : 0;
		if (year < 0 || separator != '-' && separator != '/' || !skip(separator)) {
			return null;
		}
		int month = number(1, 2);
		if (month < 0 || !skip(separator)) {
			return null;
		}
		int day = number(1, 2);
		if (day < 0 || !skip('T') && !skip(' ')) {
			return null;
		}
		int hour = number(1, 2);
		if (hour < 0 || !skip(':')) {
			return null;
		}
		int minute = number(2, 2);
		int second = skip(':') ? number(2, 2) : 0;
		int nanos = skip('.') || skip(',') ? fraction() : 0;
		if (minute < 0 || second < 0 || nanos < 0) {
			return null;
		}
		LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nanos);
		if (at == text.length()) {
			return local.toInstant(rules.getOffset(local));
		}
		ZoneOffset offset = offset();
		return offset == null ? null : local.toInstant(offset);
	}

	private ZoneOffset offset() {
		if (skip('Z') || skip('z')) {
			return at == text.length() ? ZoneOffset.UTC : null;
		}
		int sign = skip('+') ? 1 : skip('-') ? -1 : 0;
		int hours = number(2, 2);
		if (sign == 0 || hours < 0) {
			return null;
		}
		int minutes = 0;
		if (at < text.length()) {
			skip(':');
			minutes = number(2, 2);
		}
		return minutes < 0 || at != text.length() ? null : ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
	}

	/** Reads {@code min} to {@code max} digits; -1 when there are fewer than {@code min}. */
	private int number(int min, int max) {
		int value = 0;
		int digits = 0;
		while (digits < max && at < text.length()) {
			char c = text.charAt(at);
			if (c < '0' || c > '9') {
				break;
			}
			value = value * 10 + c - '0';
			digits++;
			at++;
		}
		return digits < min ? -1 : value;
	}

	/** Reads 1 to 9 digits of a decimal fraction of a second as nanoseconds. */
	private int fraction() {
		int start = at;
		int value = number(1, 9);
		if (value < 0) {
			return -1;
		}
		for (int digits = at - start; digits < 9; digits++) {
			value *= 10;
		}
		return value;
	}

	private boolean skip(char expected) {
		if (at < text.length() && text.charAt(at) == expected) {
			at++;
			return true;
		}
		return false;
	}
}
