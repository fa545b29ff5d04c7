package org.tongguan.identity;

import java.util.List;

/** Checks the path patterns modules declare for public paths and API key purposes. */
final class PathPatterns {

	private PathPatterns() {
	}

	/** The patterns, copied; fails unless there is at least one and each starts with {@code /}. */
	static List<String> require(List<String> patterns, String what) {
		List<String> copy = List.copyOf(patterns);
		if (copy.isEmpty() || copy.stream().anyMatch(pattern -> !pattern.startsWith("/"))) {
			throw new IllegalArgumentException(what + " patterns must start with '/': " + copy);
		}
		return copy;
	}
}
