package org.tongguan.casework.action;

import org.tongguan.shared.InvalidInputException;

/** Checks the free texts of actions: reasons, results, comments. */
public final class Texts {

	/** The longest reason, result or comment an action takes. */
	static final int MAX = 2000;

	private Texts() {
	}

	/** The stripped text; fails with 400 when it is missing or too long. */
	public static String required(String field, String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException(field, field + " is required");
		}
		return optional(field, text);
	}

	/** The stripped text or {@code null}; fails with 400 when it is too long. */
	static String optional(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String stripped = text.strip();
		if (stripped.length() > MAX) {
			throw new InvalidInputException(field, field + " has at most " + MAX + " characters, not "
					+ stripped.length());
		}
		return stripped;
	}
}
