package org.tongguan.region.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.internal.RegionSnapshot;

/**
 * Gives a code to a region that has none (a development zone, a foreign test city), by the rule of
 * docs/regions-import.md: a province {@code 9P0000}; a city its province's prefix and the next free {@code CC} from
 * 01, or without a province {@code 9P0100} in a province prefix of its own; a district its city's prefix and the next
 * free {@code DD} from 71–99 (the range 统计用区划代码 gives development zones), then 01–70; a street, community or grid
 * its parent's code and the next free three digits from 001. A code is free when no stored region and no feature of
 * the file uses it; a {@code 9P} prefix when no stored province or city and no code of the file starts with it.
 */
final class CodeAssigner {

	/** District numbers in the order they are given: development-zone numbers first. */
	private static final List<Integer> DISTRICT_NUMBERS = IntStream
		.concat(IntStream.rangeClosed(71, 99), IntStream.rangeClosed(1, 70))
		.boxed()
		.toList();

	private final RegionSnapshot current;

	private final Set<String> usedInFile;

	CodeAssigner(RegionSnapshot current, Set<String> usedInFile) {
		this.current = current;
		this.usedInFile = usedInFile;
	}

	/** A free code for a region of the level below {@code parent} ({@code null} for none), or {@code null}. */
	String assign(RegionLevel level, Region parent) {
		return switch (level) {
			case PROVINCE -> freshPrefix("0000");
			case CITY -> parent == null ? freshPrefix("0100") : firstFree(parent.code(), 2, numbers(1, 99), "00");
			case DISTRICT -> {
				String prefix = parent.code().significantPrefix();
				yield prefix.length() == 4 ? firstFree(parent.code(), 2, DISTRICT_NUMBERS, "")
						: firstFree(parent.code(), 4, DISTRICT_NUMBERS.stream().map(n -> 100 + n).toList(), "");
			}
			case STREET, COMMUNITY, GRID -> firstFree(parent.code(), 3, numbers(1, 999), "");
		};
	}

	/** {@code 9P} + the rest, for the first {@code P} no stored province or city and no file code starts with. */
	private String freshPrefix(String rest) {
		for (int p = 0; p <= 9; p++) {
			String prefix = "9" + p;
			if (!prefixUsed(prefix)) {
				return prefix + rest;
			}
		}
		return null;
	}

	private boolean prefixUsed(String prefix) {
		if (usedInFile.stream().anyMatch(code -> code.startsWith(prefix))) {
			return true;
		}
		return current.level(RegionLevel.PROVINCE).stream().anyMatch(b -> b.region().code().value().startsWith(prefix))
				|| current.level(RegionLevel.CITY).stream().anyMatch(b -> b.region().code().value().startsWith(prefix));
	}

	private String firstFree(RegionCode parent, int digits, List<Integer> numbers, String suffix) {
		String prefix = parent.significantPrefix();
		for (int number : numbers) {
			String code = prefix + String.format("%0" + digits + "d", number) + suffix;
			if (!usedInFile.contains(code) && current.boundary(RegionCode.of(code)) == null) {
				return code;
			}
		}
		return null;
	}

	private static List<Integer> numbers(int from, int to) {
		List<Integer> numbers = new ArrayList<>(to - from + 1);
		IntStream.rangeClosed(from, to).forEach(numbers::add);
		return numbers;
	}
}
