package org.tongguan.catalog.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.Violation;

/** Collects what is wrong with a draft, field by field, so one answer names every problem. */
final class Findings {

	private final List<Violation> violations = new ArrayList<>();

	void add(String field, String message) {
		violations.add(new Violation(field, message));
	}

	int count() {
		return violations.size();
	}

	/** The text, or {@code null} (and a finding) when it is required and blank or when it is too long. */
	String text(String value, String field, int maxLength, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				add(field, "is required");
			}
			return null;
		}
		String trimmed = value.strip();
		if (trimmed.length() > maxLength) {
			add(field, "must be at most " + maxLength + " characters");
			return null;
		}
		return trimmed;
	}

	/** The constant named by the value, or {@code null} (and a finding when required or unknown). */
	<E extends Enum<E>> E choice(Class<E> type, String value, String field, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				add(field, "is required (one of " + names(type) + ")");
			}
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value.strip())) {
				return constant;
			}
		}
		add(field, "'" + value + "' is not one of " + names(type));
		return null;
	}

	/** Fails with every finding unless there is none. */
	void throwIfAny(String summary) {
		if (!violations.isEmpty()) {
			throw new InvalidInputException(summary, violations);
		}
	}

	private static String names(Class<? extends Enum<?>> type) {
		return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
	}
}
