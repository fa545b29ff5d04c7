package org.tongguan.sensing.rule;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.tongguan.sensing.WarningLevel;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.Violation;

/** Collects what is wrong with a rule draft, field by field, so one answer names every problem. */
final class Problems {

	private final List<Violation> violations = new ArrayList<>();

	void add(String field, String message) {
		violations.add(new Violation(field, message));
	}

	boolean none() {
		return violations.isEmpty();
	}

	/** The constant named by the value, or {@code null} (and a problem when required or unknown). */
	<E extends Enum<E>> E choice(Class<E> type, String value, String field, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				add(field, "is required (one of " + names(type) + ")");
			}
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(value.strip())) {
				return constant;
			}
		}
		add(field, "'" + value + "' is not one of " + names(type));
		return null;
	}

	/** A warning level by name (BLUE) or Chinese name (蓝, 蓝色), or {@code null} (and a problem when unknown). */
	WarningLevel level(String value, String field, boolean required) {
		if (value != null) {
			for (WarningLevel level : WarningLevel.values()) {
				if (value.strip().equals(level.label()) || value.strip().equals(level.label().substring(0, 1))) {
					return level;
				}
			}
		}
		return choice(WarningLevel.class, value, field, required);
	}

	/** An ISO-8601 duration within bounds, or {@code null} (and a problem when required or invalid). */
	Duration duration(String value, String field, boolean required, Duration min, Duration max) {
		if (value == null || value.isBlank()) {
			if (required) {
				add(field, "is required, an ISO-8601 duration such as PT30M");
			}
			return null;
		}
		try {
			Duration duration = Duration.parse(value.strip());
			if (duration.compareTo(min) < 0 || duration.compareTo(max) > 0) {
				add(field, "must be between " + min + " and " + max);
				return null;
			}
			return duration;
		}
		catch (DateTimeParseException e) {
			add(field, "'" + value + "' is not an ISO-8601 duration such as PT30S or PT5M");
			return null;
		}
	}

	/** Fails with every problem unless there is none. */
	void throwIfAny(String summary) {
		if (!violations.isEmpty()) {
			throw new InvalidInputException(summary, violations);
		}
	}

	private static String names(Class<? extends Enum<?>> type) {
		return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
	}
}
