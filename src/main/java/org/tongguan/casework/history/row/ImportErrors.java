package org.tongguan.casework.history.row;

import java.util.ArrayList;
import java.util.List;

import org.tongguan.shared.Violation;

/**
 * The problems of an import's invalid rows, each as {@code field = "line 12"}, listed up to a maximum, and every
 * rejected row whole (its fields and problems) for the rejected-rows file.
 */
public final class ImportErrors {

	// synchronized: the reading thread adds the rows it finds invalid, an import job's storing thread the external ids
	// it finds repeated

	private final int max;

	private final List<Violation> listed = new ArrayList<>();

	private final List<RejectedRow> rejected = new ArrayList<>();

	private int problems;

	public ImportErrors(int max) {
		this.max = max;
	}

	/** Adds the problems of one rejected line with the fields it holds. */
	public synchronized void add(int line, String[] fields, List<String> lineProblems) {
		for (String problem : lineProblems) {
			if (listed.size() < max) {
				listed.add(new Violation("line " + line, problem));
			}
			problems++;
		}
		rejected.add(new RejectedRow(line, fields, String.join("; ", lineProblems)));
	}

	/** Every rejected row, in file order. */
	public synchronized List<RejectedRow> rejected() {
		return rejected;
	}

	/**
	 * The listed problems, with a last entry saying how many there are in all and where every rejected row can be
	 * read, when some are not listed.
	 */
	public synchronized List<Violation> list(String rejectedRowsUrl) {
		if (problems == listed.size()) {
			return List.copyOf(listed);
		}
		List<Violation> all = new ArrayList<>(listed);
		all.add(new Violation("file", (problems - listed.size()) + " more problems are not listed (" + problems
				+ " in all, on " + rejected.size() + " rows); GET " + rejectedRowsUrl + " lists every rejected row"));
		return List.copyOf(all);
	}

	/**
	 * A rejected row of the file.
	 *
	 * @param line its line (the header is line 1)
	 * @param fields its fields as read
	 * @param reasons its problems, separated by {@code ; }
	 */
	public record RejectedRow(int line, String[] fields, String reasons) {
	}
}
