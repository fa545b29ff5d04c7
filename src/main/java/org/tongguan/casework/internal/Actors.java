package org.tongguan.casework.internal;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.tongguan.casework.Channel;
import org.tongguan.identity.Caller;
import org.tongguan.identity.Callers;
import org.tongguan.identity.Role;

/** Who is acting: the signed-in caller, or a channel's system identity when nobody is signed in. */
@Component
public class Actors {

	private final Callers callers;

	Actors(Callers callers) {
		this.callers = callers;
	}

	/** The signed-in caller, empty when the work runs for a public channel or in the background. */
	public Optional<Caller> caller() {
		try {
			return Optional.of(callers.current());
		}
		catch (AuthenticationException e) {
			return Optional.empty();
		}
	}

	/** Who reports through a channel: the caller in their first role, or the channel's system identity. */
	public Actor reporting(Channel channel) {
		return caller().map(caller -> Actor.of(caller, caller.roles().stream().sorted().findFirst().orElse(null)))
			.orElseGet(() -> Actor.channel(channel.label()));
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
