package org.tongguan.indicator;

import java.util.regex.Pattern;

import org.tongguan.identity.DepartmentCode;

/**
 * 一数一源 — the one authoritative source of an indicator's values: the department that owns the data and its system,
 * named as the system's API key for {@code INDICATOR_SOURCE} is named.
 *
 * @param department the owning department
 * @param system the source system's name: 2 to 100 letters, digits, '.', '_' or '-'
 */
public record IndicatorSource(DepartmentCode department, String system) {

	/** The form of a system name in words, for messages. */
	public static final String SYSTEM_FORM = "2 to 100 letters, digits, '.', '_' or '-', starting with a letter or "
			+ "digit (the name of the system's API key)";

	private static final Pattern SYSTEM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,99}");

	/** Whether the text has the form of a system name. */
	public static boolean isSystemName(String text) {
		return text != null && SYSTEM.matcher(text).matches();
	}
}
