package org.tongguan.catalog;

import java.util.regex.Pattern;

/**
 * The code of a sub-category (小类): kind letter + 大类 (2 digits) + 小类 (2 digits), e.g. {@code E0101} for
 * 事件/市容环境/暴露垃圾 or {@code C0102} for 部件/公共设施/污水井盖.
 *
 * @param value the code
 */
public record CategoryCode(String value) {

	/** The form of a code in words, for messages. */
	public static final String FORM = "E (事件) or C (部件), a 2-digit major and a 2-digit minor (01–99), e.g. E0101";

	private static final Pattern PATTERN = Pattern.compile("[EC](0[1-9]|[1-9]\\d)(0[1-9]|[1-9]\\d)");

	public CategoryCode {
		if (!isValid(value)) {
			throw new IllegalArgumentException("'" + value + "' is not a category code: " + FORM);
		}
	}

	public static CategoryCode of(String value) {
		return new CategoryCode(value);
	}

	/** Whether the text has the form of a category code. */
	public static boolean isValid(String value) {
		return value != null && PATTERN.matcher(value).matches();
	}

	/** Events or components. */
	public CategoryKind kind() {
		return CategoryKind.ofLetter(value.charAt(0)).orElseThrow();
	}

	/** The 2-digit code of the major category (大类). */
	public String major() {
		return value.substring(1, 3);
	}

	/** The 2-digit code of the sub-category within its major (小类). */
	public String minor() {
		return value.substring(3, 5);
	}

	@Override
	public String toString() {
		return value;
	}
}
