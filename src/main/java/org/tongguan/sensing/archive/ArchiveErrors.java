package org.tongguan.sensing.archive;

import java.util.ArrayList;
import java.util.List;

import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.Violation;

/** What is wrong with an archive, line by line: every problem is counted, the first {@code limit} listed. */
final class ArchiveErrors {

	private final List<Violation> listed = new ArrayList<>();

	private final int limit;

	private long count;

	ArchiveErrors(int limit) {
		this.limit = limit;
	}

	/** Notes a problem of a line, e.g. {@code add(12, "ts", "is required")}. */
	void add(int line, String field, String message) {
		count++;
		if (listed.size() < limit) {
			listed.add(new Violation("line " + line, field + ": " + message));
		}
	}

	boolean isEmpty() {
		return count == 0;
	}

	/** Fails with every listed problem (400, nothing stored) unless there is none. */
	void throwIfAny() {
		if (count == 0) {
			return;
		}
		String listing = count > listed.size() ? " (the first " + listed.size() + " are listed)" : "";
		throw new InvalidInputException("The archive has " + count + (count == 1 ? " problem" : " problems")
				+ listing + "; nothing was stored", listed);
	}
}
