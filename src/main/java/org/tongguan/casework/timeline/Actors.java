package org.tongguan.casework.timeline;

import java.util.Arrays;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tongguan.identity.Caller;
import org.tongguan.identity.Callers;
import org.tongguan.identity.Role;

/** Who is acting: the signed-in caller in one of the roles an action needs. */
@Component
public class Actors {

	private final Callers callers;

	Actors(Callers callers) {
		this.callers = callers;
	}

	/** The caller, failing with 403 unless they have one of the roles; answers the first role they have. */
	public Actor requireRole(Role... roles) {
		Caller caller = callers.current();
		for (Role role : roles) {
			if (caller.has(role)) {
				return Actor.of(caller, role);
			}
		}
		throw new AccessDeniedException("This needs one of the roles " + Arrays.toString(roles));
	}
}
