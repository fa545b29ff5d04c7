package org.tongguan.region;

import java.util.Optional;
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

	/** The district this district, street, community or grid code lies in: its first six digits. */
	public RegionCode district() {
		return value.length() == 6 ? this : new RegionCode(value.substring(0, 6));
	}

	/**
	 * The first code after every code in this district's, street's, community's or grid's subtree, in text order:
	 * codes below a district start with their parent's code, so the subtree is the codes from this one up to (not
	 * including) the answer. Empty for a code of nines, whose subtree is every code from it on.
	 */
	public Optional<String> subtreeEnd() {
		char[] digits = value.toCharArray();
		for (int i = digits.length - 1; i >= 0; i--) {
			if (digits[i] != '9') {
				digits[i]++;
				return Optional.of(new String(digits));
			}
			digits[i] = '0';
		}
		return Optional.empty();
	}

	@Override
	public String toString() {
		return value;
	}
}
