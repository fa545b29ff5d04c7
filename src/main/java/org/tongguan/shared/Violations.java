package org.tongguan.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/**
 * Collects what is wrong with one input (a draft, an imported row), field by field, so that one answer names every
 * problem; {@link #throwIfAny} turns them into a 400 problem detail. Extend it for a module's own value types.
 */
public class Violations {

	private final List<Violation> violations = new ArrayList<>();

	public void add(String field, String message) {
		violations.add(new Violation(field, message));
	}

	public int count() {
		return violations.size();
	}

	public boolean isEmpty() {
		return violations.isEmpty();
	}

	/** Every problem found so far, in the order found. */
	public List<Violation> all() {
		return List.copyOf(violations);
	}

	/** The stripped text, or {@code null} (and a problem) when it is required and blank or when it is too long. */
	public String text(String value, String field, int maxLength, boolean required) {
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

	/** The constant named exactly by the value, or {@code null} (and a problem when required or unknown). */
	public <E extends Enum<E>> E choice(Class<E> type, String value, String field, boolean required) {
		return choice(type, value, field, required, String::equals);
	}

	/** As {@link #choice}, in any letter case ({@code gt} for {@code GT}). */
	public <E extends Enum<E>> E choiceIgnoringCase(Class<E> type, String value, String field, boolean required) {
		return choice(type, value, field, required, String::equalsIgnoreCase);
	}

	private <E extends Enum<E>> E choice(Class<E> type, String value, String field, boolean required,
			BiPredicate<String, String> same) {
		if (value == null || value.isBlank()) {
			if (required) {
				add(field, "is required (one of " + names(type) + ")");
			}
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (same.test(constant.name(), value.strip())) {
				return constant;
			}
		}
		add(field, "'" + value + "' is not one of " + names(type));
		return null;
	}

	/** Fails with every problem unless there is none. */
	public void throwIfAny(String summary) {
		if (!violations.isEmpty()) {
			throw new InvalidInputException(summary, violations);
		}
	}

	private static String names(Class<? extends Enum<?>> type) {
		return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
	}
}
