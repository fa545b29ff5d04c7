package org.tongguan.sensing.archive;

import java.util.List;

import org.tongguan.shared.ConflictException;
import org.tongguan.shared.Violation;

/**
 * An archive that overlaps readings stored already (the same archive imported again, or live data of its period):
 * answered as 409 naming each device's first line; nothing is stored.
 */
public class ArchiveConflict extends ConflictException {

	private final List<Violation> violations;

	ArchiveConflict(List<Violation> violations) {
		super(violations.size() + (violations.size() == 1 ? " device has" : " devices have") + " readings stored "
				+ "already in the period the archive covers; nothing was stored");
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return violations;
	}
}
