package org.tongguan.catalog.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A time limit as stated before validation: {@code {"amount": 5, "unit": "WORKING_HOURS"}} or the short form
 * {@code "5h"} / {@code "1d"} (working hours / working days) the default catalogue file uses.
 *
 * @param amount how many units
 * @param unit WORKING_HOURS or WORKING_DAYS
 */
public record LimitDraft(Integer amount, String unit) {

	private static final Pattern SHORT_FORM = Pattern.compile("\\s*(-?\\d{1,6})\\s*([hd])\\s*");

	@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
	public LimitDraft {
	}

	/**
	 * Reads the short form; text that is not in it keeps no amount and the text as unit, so validation names both.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static LimitDraft parse(String text) {
		Matcher matcher = SHORT_FORM.matcher(text);
		if (!matcher.matches()) {
			return new LimitDraft(null, text);
		}
		String unit = matcher.group(2).equals("h") ? "WORKING_HOURS" : "WORKING_DAYS";
		return new LimitDraft(Integer.valueOf(matcher.group(1)), unit);
	}
}
