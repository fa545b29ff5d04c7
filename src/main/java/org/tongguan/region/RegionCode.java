package org.tongguan.region;

/**
 * The code of a region: 6 digits for the city and districts (administrative division code), 9 for streets,
 * 12 for communities and 15 for unit grids (GB/T 30428.1: division + street + community + sequence).
 *
 * @param value the digits
 */
public record RegionCode(String value) {

	public RegionCode {
		if (value == null || !value.matches("\\d{6}|\\d{9}|\\d{12}|\\d{15}")) {
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
