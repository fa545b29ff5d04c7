package org.tongguan.sensing.rule;

import java.time.Duration;
import java.time.format.DateTimeParseException;

import org.tongguan.sensing.WarningLevel;
import org.tongguan.shared.Violations;

/** Collects what is wrong with a rule draft, field by field, so one answer names every problem. */
final class Problems extends Violations {

	/** A warning level by name (BLUE) or Chinese name (蓝, 蓝色), or {@code null} (and a problem when unknown). */
	WarningLevel level(String value, String field, boolean required) {
		if (value != null) {
			for (WarningLevel level : WarningLevel.values()) {
				if (value.strip().equals(level.label()) || value.strip().equals(level.label().substring(0, 1))) {
					return level;
				}
			}
		}
		return choiceIgnoringCase(WarningLevel.class, value, field, required);
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
}
