package org.tongguan.shared.web;

/**
 * Text a client may send: no NUL character (PostgreSQL cannot store one in text) and no unpaired surrogate (such a
 * string has no UTF-8 form). Checked where text comes in — JSON strings, query and form parameters — so that no
 * module meets it.
 */
final class ClientText {

	private ClientText() {
	}

	/** Whether the text may come in ({@code null}, a parameter without a value, may). */
	static boolean acceptable(CharSequence text) {
		return text == null || text.chars().noneMatch(character -> character == 0) && wellFormed(text);
	}

	private static boolean wellFormed(CharSequence text) {
		return text.codePoints()
			.noneMatch(point -> point >= Character.MIN_SURROGATE && point <= Character.MAX_SURROGATE);
	}
}
