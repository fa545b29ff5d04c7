package org.tongguan.identity.department;

import java.util.List;

/**
 * What a department import did.
 *
 * @param created departments that were new
 * @param updated departments whose name, function, level, home or served regions changed
 * @param unchanged departments the file states as they are
 * @param assigned the codes given to rows without one
 */
public record DepartmentImportResult(int created, int updated, int unchanged, List<Assigned> assigned) {

	/** A code the platform gave to a row without one. */
	public record Assigned(int line, String name, String code) {
	}
}
