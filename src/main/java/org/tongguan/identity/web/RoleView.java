package org.tongguan.identity.web;

import java.util.Collection;
import java.util.List;

import org.tongguan.identity.Role;

/** A role with the Chinese name users know it by. */
record RoleView(Role name, String label) {

	static List<RoleView> of(Collection<Role> roles) {
		return roles.stream().sorted().map(role -> new RoleView(role, role.label())).toList();
	}
}
