package org.tongguan.casework.history.mapping;

/**
 * What a value of a history file names: the thing found, or in words why there is none (unknown, or ambiguous with
 * the candidates' codes).
 *
 * @param found the thing named, {@code null} when there is none
 * @param problem why there is none, e.g. {@code 'X' names several sub-categories: E0101, C0301}; {@code null} when found
 */
public record Lookup<T>(T found, String problem) {

	static <T> Lookup<T> of(T found) {
		return new Lookup<>(found, null);
	}

	static <T> Lookup<T> none(String problem) {
		return new Lookup<>(null, problem);
	}

	public boolean isFound() {
		return found != null;
	}
}
