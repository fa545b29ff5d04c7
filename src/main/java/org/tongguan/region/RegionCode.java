package org.tongguan.region;

import java.util.regex.Pattern;

/**
 * The code of a region: 6 digits for the city and districts (administrative division code), 9 for streets,
 * 12 for communities and 15 for unit grids (GB/T 30428.1: division + street + community + sequence).
 *
 * @param value the digits
 */
public record RegionCode(String value) {

	private static final Pattern FORM = Pattern.compile("\\d{6}|\\d{9}|\\d{12}|\\d{15}");

	public RegionCode {
		if (value == null || !FORM.matcher(value).matches()) {
			throw new IllegalArgumentException(
					"A region code has 6, 9, 12 or 15 digits (GB/T 30428.1), not '" + value + "'");
		}
	}

	public static RegionCode of(String value) {
		return new RegionCode(value);
	}

	@Override
	public String toString() {
		return value;
	}
}
