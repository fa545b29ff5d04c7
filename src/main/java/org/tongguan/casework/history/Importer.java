package org.tongguan.casework.history;

import org.tongguan.casework.timeline.Actor;
import org.tongguan.identity.Caller;
import org.tongguan.identity.Role;
import org.tongguan.region.RegionCode;

/**
 * Who runs a history import and the data scope its rows must lie in: an administrator imports only cases of the
 * regions they administer.
 *
 * @param actor the administrator, named in each imported case's timeline
 * @param scope the region subtree every imported case must lie in ({@link RegionCode#PLATFORM} for all)
 */
public record Importer(Actor actor, RegionCode scope) {

	/** The signed-in administrator with their own data scope. */
	public static Importer of(Caller caller) {
		return new Importer(Actor.of(caller, Role.ADMIN), caller.scope());
	}
}
