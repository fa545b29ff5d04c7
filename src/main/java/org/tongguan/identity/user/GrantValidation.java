package org.tongguan.identity.user;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tongguan.identity.Callers;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.identity.Role;
import org.tongguan.identity.department.DepartmentStore;
import org.tongguan.identity.department.RegionValidation;
import org.tongguan.region.Region;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.Violation;

/**
 * Checks the roles, data scope and department an administrator gives to a user or an API key: the roles must be
 * allowed, the region and department must exist (400 otherwise), and the scope must lie within the administrator's
 * own scope (403 otherwise).
 */
@Component
public class GrantValidation {

	private final RegionValidation regions;

	private final DepartmentStore departments;

	private final Callers callers;

	GrantValidation(RegionValidation regions, DepartmentStore departments, Callers callers) {
		this.regions = regions;
		this.departments = departments;
		this.callers = callers;
	}

	/**
	 * The grant, or an {@link InvalidInputException} listing these violations and the ones found already.
	 *
	 * @param forbidden roles the holder may not have, with the reason
	 */
	public Grant check(Set<Role> roles, Set<Role> forbidden, String reason, String scope, String department,
			List<Violation> violations) {
		if (roles == null || roles.isEmpty()) {
			violations.add(new Violation("roles", "at least one role is required"));
		}
		else if (roles.stream().anyMatch(forbidden::contains)) {
			violations.add(new Violation("roles", reason));
		}
		Optional<Region> region = regions.known("scope", scope, violations);
		DepartmentCode code = department(department, violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException("Invalid input", violations);
		}
		callers.requireScope(region.get().code());
		return new Grant(Collections.unmodifiableSet(EnumSet.copyOf(roles)), region.get().code(), code);
	}

	private DepartmentCode department(String department, List<Violation> violations) {
		if (department == null || department.isBlank()) {
			return null;
		}
		if (!DepartmentCode.isValid(department) || departments.find(new DepartmentCode(department)).isEmpty()) {
			violations.add(new Violation("department", "no department has the code " + department));
			return null;
		}
		return new DepartmentCode(department);
	}
}
