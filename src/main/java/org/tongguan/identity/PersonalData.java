package org.tongguan.identity;

/**
 * Masks personal data (个人信息) such as phone numbers and names wherever they appear in lists, exports and logs.
 */
public final class PersonalData {

	private static final String STARS = "****";

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
}
