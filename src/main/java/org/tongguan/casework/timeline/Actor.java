package org.tongguan.casework.timeline;

import org.tongguan.casework.Channel;
import org.tongguan.identity.Caller;
import org.tongguan.identity.Role;

/**
 * Who did something to a case: a user acting in one of their roles, or the platform itself.
 *
 * @param username the login name, or {@code system:<name>} for the platform
 * @param name the name shown in the timeline
 * @param role the role acted in, {@code null} for the platform
 */
public record Actor(String username, String name, Role role) {

	/** The platform acting on its own, e.g. the dispatch rules or the deadline timers. */
	public static final Actor SYSTEM = new Actor("system", "系统", null);

	/** A caller acting in one of their roles. */
	public static Actor of(Caller caller, Role role) {
		return new Actor(caller.username(), caller.displayName(), role);
	}

	/** Who reports through a channel: the caller in their first role, or the channel's system identity without one. */
	public static Actor reporting(Caller caller, Channel channel) {
		return caller == null ? channel(channel.label())
				: of(caller, caller.roles().stream().sorted().findFirst().orElse(null));
	}

	/** A channel's system identity for reports that arrive without a signed-in caller (citizens, sensors). */
	public static Actor channel(String name) {
		return new Actor("system:" + name, name, null);
	}
}
