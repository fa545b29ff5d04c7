package org.tongguan.shared.web;

/**
 * Text a client may send: no NUL character (PostgreSQL cannot store one in text) and no unpaired surrogate (such a
 * string has no UTF-8 form). Checked where text comes in — JSON strings, query and form parameters — so that no
 * module meets it.
 */
final class ClientText {

	private ClientText() {
	}

	/** Whether the text may come in ({@code null}, a parameter without a value, may); one pass over its chars. */
	static boolean acceptable(CharSequence text) {
		if (text == null) {
			return true;
		}
		for (int i = 0; i < text.length(); i++) {
			char character = text.charAt(i);
			if (Character.isHighSurrogate(character) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (character == 0 || Character.isSurrogate(character)) {
				return false;
			}
		}
		return true;
	}
}
