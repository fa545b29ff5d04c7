package org.tongguan.casework.history;

import java.util.ArrayList;
import java.util.List;

import org.tongguan.shared.Violation;

/** The problems of an import's invalid rows, each as {@code field = "line 12"}, listed up to a maximum. */
final class ImportErrors {

	private final int max;

	private final List<Violation> listed = new ArrayList<>();

	private int unlisted;

	ImportErrors(int max) {
		this.max = max;
	}

	/** Adds the problems of one line. */
	void add(int line, List<String> problems) {
		for (String problem : problems) {
			if (listed.size() < max) {
				listed.add(new Violation("line " + line, problem));
			}
			else {
				unlisted++;
			}
		}
	}

	/** The listed problems, with a last entry saying how many more there are when some are not listed. */
	List<Violation> list() {
		if (unlisted == 0) {
			return List.copyOf(listed);
		}
		List<Violation> all = new ArrayList<>(listed);
		all.add(new Violation("file", unlisted + " more problems are not listed; fix these and import again"));
		return List.copyOf(all);
	}
}
