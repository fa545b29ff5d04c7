package org.tongguan.casework.history.mapping;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads a constant of an enum from a file by its name (any case) or its Chinese label. */
public final class Choices {

	private Choices() {
	}

	/** The constant the text names, or {@code null}. */
	public static <E extends Enum<E>> E parse(Class<E> type, String text, Function<E, String> label) {
		String name = text.toUpperCase(Locale.ROOT);
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(name) || label.apply(constant).equals(text)) {
				return constant;
			}
		}
		return null;
	}

	/** The names and labels of every constant, for messages. */
	public static <E extends Enum<E>> String list(Class<E> type, Function<E, String> label) {
		return Arrays.stream(type.getEnumConstants())
			.map(constant -> constant.name() + " (" + label.apply(constant) + ")")
			.collect(Collectors.joining(", "));
	}
}
