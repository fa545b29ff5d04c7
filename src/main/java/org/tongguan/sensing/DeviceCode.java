package org.tongguan.sensing;

import java.util.regex.Pattern;

/**
 * The code a device is registered and authenticated under, also the middle of its MQTT topic
 * ({@code devices/<code>/telemetry}): 1–64 letters, digits, '-' or '_'.
 */
public record DeviceCode(String value) {

	private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	public DeviceCode {
		if (value == null || !FORM.matcher(value).matches()) {
			throw new IllegalArgumentException("A device code has 1 to 64 letters, digits, '-' or '_': " + value);
		}
	}

	/** Whether the text is a well-formed device code. */
	public static boolean isValid(String text) {
		return text != null && FORM.matcher(text).matches();
	}

	@Override
	public String toString() {
		return value;
	}
}
