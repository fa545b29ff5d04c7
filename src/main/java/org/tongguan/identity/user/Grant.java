package org.tongguan.identity.user;

import java.util.Set;

import org.tongguan.identity.DepartmentCode;
import org.tongguan.identity.Role;
import org.tongguan.region.RegionCode;

/**
 * The validated roles, data scope and department given to a user or an API key.
 *
 * @param roles what the holder may do, never empty
 * @param scope the region subtree the holder may see and act in
 * @param department the holder's department, may be {@code null}
 */
public record Grant(Set<Role> roles, RegionCode scope, DepartmentCode department) {
}
