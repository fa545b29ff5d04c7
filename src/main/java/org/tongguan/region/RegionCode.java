package org.tongguan.region;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The code of a region: 6 digits for provinces, cities and districts (GB/T 2260 administrative division code:
 * province {@code PP0000}, city {@code PPCC00}, district {@code PPCCDD}), 9 for streets, 12 for communities and 15 for
 * unit grids (GB/T 30428.1: division + street + community + sequence). {@link #PLATFORM} ({@code 000000}) is the root
 * above every province and city. A region's subtree is every code starting with its {@link #significantPrefix()}.
 *
 * @param value the digits
 */
public record RegionCode(String value) {

	private static final Pattern FORM = Pattern.compile("\\d{6}|\\d{9}|\\d{12}|\\d{15}");

	/** 全平台 — the platform-wide scope: the root above every province and city, covering every region. */
	public static final RegionCode PLATFORM = new RegionCode("000000");

	public RegionCode {
		if (!isValid(value)) {
			throw new IllegalArgumentException(
					"A region code has 6, 9, 12 or 15 digits (GB/T 30428.1), not '" + value + "'");
		}
	}

	public static RegionCode of(String value) {
		return new RegionCode(value);
	}

	/** Whether the text has the form of a region code (it may still name no region of the platform). */
	public static boolean isValid(String value) {
		return value != null && FORM.matcher(value).matches();
	}

	/** Whether this is {@link #PLATFORM}, the root above every region. */
	public boolean isPlatform() {
		return equals(PLATFORM);
	}

	/**
	 * The leading digits every code in this region's subtree starts with: none for {@link #PLATFORM}, {@code PP} for a
	 * province code {@code PP0000}, {@code PPCC} for a city code {@code PPCC00}, the whole code otherwise.
	 */
	public String significantPrefix() {
		if (isPlatform()) {
			return "";
		}
		if (value.length() == 6 && value.endsWith("0000")) {
			return value.substring(0, 2);
		}
		if (value.length() == 6 && value.endsWith("00")) {
			return value.substring(0, 4);
		}
		return value;
	}

	/** Whether {@code code} is this code or starts with this code's {@link #significantPrefix()}. */
	public boolean covers(RegionCode code) {
		return code.value.startsWith(significantPrefix());
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
		return after(value);
	}

	/**
	 * The first text of the same length after every text starting with {@code prefix}, in text order (the prefix
	 * plus one, nines carried); empty for a prefix of nines or no prefix.
	 */
	public static Optional<String> after(String prefix) {
		char[] digits = prefix.toCharArray();
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
