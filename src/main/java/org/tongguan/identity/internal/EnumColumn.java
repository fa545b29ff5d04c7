package org.tongguan.identity.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a set of enum constants (roles, API key purposes) as one comma-separated column. */
public final class EnumColumn {

	private EnumColumn() {
	}

	public static String write(Collection<? extends Enum<?>> constants) {
		return constants.stream()
			.sorted(Comparator.comparingInt(Enum::ordinal))
			.map(Enum::name)
			.collect(Collectors.joining(","));
	}

	public static <E extends Enum<E>> Set<E> read(String column, Class<E> type) {
		Set<E> constants = EnumSet.noneOf(type);
		Arrays.stream(column.split(","))
			.filter(name -> !name.isBlank())
			.map(name -> Enum.valueOf(type, name.strip()))
			.forEach(constants::add);
		return Collections.unmodifiableSet(constants);
	}
}
