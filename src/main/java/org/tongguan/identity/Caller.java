package org.tongguan.identity;

import java.util.Set;

import org.tongguan.region.RegionCode;

/**
 * Who is calling: a signed-in user, a bearer-token user or an external system with an API key.
 *
 * @param username the login name (or the API key's name)
 * @param displayName the name shown to others
 * @param roles what the caller may do
 * @param scope the region subtree the caller may see and act in (a city code for city-wide scope, {@code 000000}
 *        for the whole platform)
 * @param department the caller's department, {@code null} when not in one
 */
public record Caller(String username, String displayName, Set<Role> roles, RegionCode scope,
		DepartmentCode department) {

	public boolean has(Role role) {
		return roles.contains(role);
	}
}
