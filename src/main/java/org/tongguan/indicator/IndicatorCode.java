package org.tongguan.indicator;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 指标编码 — the code of an indicator, hierarchical in the manner of GB/T 33356: a first-level indicator
 * {@code L<n>} (一级指标), a second-level one below it {@code L<n>P<m>} (二级指标) and a third-level item below that
 * {@code L<n>P<m>-A<k>} (三级指标), with n and m from 1 to 99 and k from 1 to 999, e.g. {@code L3P2-A15}.
 *
 * @param value the code
 */
public record IndicatorCode(String value) {

	/** The form of a code in words, for messages. */
	public static final String FORM = "L<1–99> (一级), L<1–99>P<1–99> (二级) or L<1–99>P<1–99>-A<1–999> (三级), "
			+ "e.g. L3P2-A15";

	private static final Pattern PATTERN = Pattern.compile("L([1-9]\\d?)(?:P([1-9]\\d?)(?:-A([1-9]\\d{0,2}))?)?");

	public IndicatorCode {
		if (!isValid(value)) {
			throw new IllegalArgumentException("'" + value + "' is not an indicator code: " + FORM);
		}
	}

	public static IndicatorCode of(String value) {
		return new IndicatorCode(value);
	}

	/** Whether the text has the form of an indicator code. */
	public static boolean isValid(String value) {
		return value != null && PATTERN.matcher(value).matches();
	}

	/** The level in the hierarchy: 1, 2 or 3. */
	public int level() {
		Matcher parts = parts();
		return parts.group(3) != null ? 3 : parts.group(2) != null ? 2 : 1;
	}

	/** The indicator one level up, empty for a first-level one. */
	public Optional<IndicatorCode> parent() {
		Matcher parts = parts();
		if (parts.group(3) != null) {
			return Optional.of(new IndicatorCode(value.substring(0, value.indexOf('-'))));
		}
		return parts.group(2) != null ? Optional.of(new IndicatorCode("L" + parts.group(1))) : Optional.empty();
	}

	/** A key whose text order is the codes' order in the hierarchy ({@code L2} before {@code L10}). */
	public String sortKey() {
		Matcher parts = parts();
		StringBuilder key = new StringBuilder(String.format("%02d", Integer.parseInt(parts.group(1))));
		if (parts.group(2) != null) {
			key.append('.').append(String.format("%02d", Integer.parseInt(parts.group(2))));
		}
		if (parts.group(3) != null) {
			key.append('.').append(String.format("%03d", Integer.parseInt(parts.group(3))));
		}
		return key.toString();
	}

	private Matcher parts() {
		Matcher matcher = PATTERN.matcher(value);
		matcher.matches();
		return matcher;
	}

	@Override
	public String toString() {
		return value;
	}
}
