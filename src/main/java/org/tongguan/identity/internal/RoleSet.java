package org.tongguan.identity.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.tongguan.identity.Role;

/** Stores a set of roles as one comma-separated column. */
final class RoleSet {

	private RoleSet() {
	}

	static String write(Collection<Role> roles) {
		return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
	}

	static Set<Role> read(String column) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream(column.split(",")).filter(name -> !name.isBlank()).map(Role::valueOf).forEach(roles::add);
		return Collections.unmodifiableSet(roles);
	}
}
