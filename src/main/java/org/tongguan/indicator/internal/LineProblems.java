package org.tongguan.indicator.internal;

import java.util.List;

import org.tongguan.shared.Violation;
import org.tongguan.shared.Violations;

/** Names the problems of one item of an imported file by its line: {@code line 12}, {@code indicators[3].unit: …}. */
public final class LineProblems {

	private LineProblems() {
	}

	/**
	 * The item's problems as violations of its line.
	 *
	 * @param item how a message names the item besides its line, e.g. {@code values[3].}, or nothing
	 */
	public static List<Violation> of(int line, String item, Violations problems) {
		return problems.all()
			.stream()
			.map(problem -> new Violation("line " + line,
					item + (problem.field().isEmpty() ? "" : problem.field() + ": ") + problem.message()))
			.toList();
	}
}
