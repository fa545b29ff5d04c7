package org.tongguan.indicator.registry;

import org.tongguan.shared.Violations;

/** Checks the free text of a plan: its length, and no NUL character or unpaired surrogate (CSV cells come unchecked). */
final class Texts {

	private Texts() {
	}

	/** The stripped text, or {@code null} (and a problem when it is required, too long or not storable). */
	static String text(Violations problems, String value, String field, int maxLength, boolean required) {
		String text = problems.text(value, field, maxLength, required);
		if (text != null && !storable(text)) {
			problems.add(field, "must not contain a NUL character or an unpaired surrogate");
			return null;
		}
		return text;
	}

	private static boolean storable(String text) {
		return text.codePoints().noneMatch(point -> point == 0
				|| point >= Character.MIN_SURROGATE && point <= Character.MAX_SURROGATE);
	}
}
