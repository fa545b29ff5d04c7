package org.tongguan.casework.statistics.ready;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Numbers the distinct strings an import's cells use (pieces, cell keys, names), so that a cell is all numbers. */
final class KeyIndex {

	private final Map<String, Integer> numbers = new HashMap<>();

	private final List<String> strings = new ArrayList<>();

	private final int limit;

	/** @param limit how many strings it numbers at most */
	KeyIndex(int limit) {
		this.limit = limit;
	}

	/** The string's number, a new one for a string not seen before. */
	int of(String value) {
		Integer number = numbers.get(value);
		if (number != null) {
			return number;
		}
		if (strings.size() == limit) {
			throw new IllegalStateException("More than " + limit + " distinct keys in one merge of imported cells");
		}
		numbers.put(value, strings.size());
		strings.add(value);
		return strings.size() - 1;
	}

	String get(int number) {
		return strings.get(number);
	}

	int size() {
		return strings.size();
	}

	/** Each number's rank in the strings' order (the order of a slice's cells). */
	int[] ranks() {
		String[] sorted = strings.toArray(new String[0]);
		Arrays.sort(sorted);
		int[] ranks = new int[sorted.length];
		for (int rank = 0; rank < sorted.length; rank++) {
			ranks[numbers.get(sorted[rank])] = rank;
		}
		return ranks;
	}

	void clear() {
		numbers.clear();
		strings.clear();
	}
}
