package org.tongguan.identity;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data (个人信息) such as phone numbers and names wherever they appear in lists, exports and logs, and
 * in free text that leaves the platform.
 */
public final class PersonalData {

	private static final String STARS = "****";

	/** 18-digit (birth date YYYYMMDD, check digit or X) and 15-digit (YYMMDD) resident ID card numbers (身份证号). */
	private static final Pattern ID_CARD = Pattern.compile("(?<![0-9A-Za-z])[1-9]\\d{5}(?:(?:18|19|20)\\d{2}"
			+ "(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx]|\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])"
			+ "\\d{3})(?![0-9A-Za-z])");

	/** Mobile numbers 1[3-9]… with or without +86 or 86 and spaces or hyphens between the digits. */
	private static final Pattern MOBILE = Pattern.compile("(?<![0-9+])(?:\\+?86[ -]?)?1[3-9](?:[ -]?\\d){9}(?!\\d)");

	/** Landlines with an area code: 0755-12345678, (0755) 1234567, +86 755 12345678. */
	private static final Pattern LANDLINE = Pattern.compile(
			"(?<![0-9+])(?:\\+?86[ -]?\\(?0?|\\(?0)[1-9]\\d{1,2}\\)?[ -]?\\d{3,4}[ -]?\\d{4}(?!\\d)");

	private static final Pattern EMAIL = Pattern
		.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

	private static final List<Masking> IN_TEXT = List.of(new Masking(ID_CARD, PersonalData::maskIdCard),
			new Masking(MOBILE, PersonalData::maskPhone), new Masking(LANDLINE, PersonalData::maskPhone),
			new Masking(EMAIL, PersonalData::maskEmail));

	private PersonalData() {
	}

	/**
	 * Masks the middle of a phone number, keeping the first three and last four digits: {@code 13812345678} and
	 * {@code +86 138-1234-5678} become {@code 138****5678}; numbers too short to keep anything become {@code ****};
	 * {@code null} stays {@code null}.
	 */
	public static String maskPhone(String phone) {
		if (phone == null) {
			return null;
		}
		String digits = phone.replaceAll("\\D", "").replaceFirst("^86(1\\d{10})$", "$1");
		if (digits.length() < 8) {
			return STARS;
		}
		return digits.substring(0, 3) + STARS + digits.substring(digits.length() - 4);
	}

	/**
	 * Masks all but the first character of a name: {@code 张三} becomes {@code 张*}, {@code 欧阳娜娜} becomes
	 * {@code 欧***}; {@code null} stays {@code null}.
	 */
	public static String maskName(String name) {
		if (name == null) {
			return null;
		}
		String trimmed = name.strip();
		if (trimmed.isEmpty()) {
			return trimmed;
		}
		int first = trimmed.offsetByCodePoints(0, 1);
		int rest = Math.max(1, trimmed.codePointCount(first, trimmed.length()));
		return trimmed.substring(0, first) + "*".repeat(rest);
	}

	/**
	 * Masks every phone number (mobile and landline, with or without +86 and separators), resident ID card number
	 * (18 or 15 digits) and e-mail address in free text, as {@link #maskPhone}, {@link #maskIdCard} and
	 * {@link #maskEmail} do; the rest of the text stays as it is, {@code null} stays {@code null}. A 15-digit code
	 * whose middle reads as a date (some grid codes do) is masked too: the text errs on the side of the citizen.
	 */
	public static String scrub(String text) {
		if (text == null) {
			return null;
		}
		String scrubbed = text;
		for (Masking masking : IN_TEXT) {
			scrubbed = masking.apply(scrubbed);
		}
		return scrubbed;
	}

	/** Keeps the first three and the last four characters of an ID card number: {@code 440***********123X}. */
	public static String maskIdCard(String number) {
		if (number == null) {
			return null;
		}
		return number.length() < 8 ? STARS : number.substring(0, 3) + "*".repeat(number.length() - 7)
				+ number.substring(number.length() - 4);
	}

	/** Keeps the first character of the mailbox and the domain: {@code z***@example.org}. */
	public static String maskEmail(String email) {
		if (email == null) {
			return null;
		}
		int at = email.indexOf('@');
		return at <= 0 ? STARS : email.charAt(0) + "***" + email.substring(at);
	}

	/** One kind of personal data found in text by a pattern and masked by a function. */
	private record Masking(Pattern pattern, UnaryOperator<String> mask) {

		String apply(String text) {
			Matcher matcher = pattern.matcher(text);
			return matcher.replaceAll(found -> Matcher.quoteReplacement(mask.apply(found.group())));
		}
	}
}
