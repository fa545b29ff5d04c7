package org.tongguan.identity.department;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongguan.identity.Callers;
import org.tongguan.identity.Department;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.identity.DepartmentFunction;
import org.tongguan.identity.audit.AuditEvent;
import org.tongguan.identity.audit.SecurityAudit;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.shared.ConflictException;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.NotFoundException;
import org.tongguan.shared.Violation;

/** Finds departments for the REST API and lets administrators create and change them within their data scope. */
@Service
public class DepartmentAdministration {

	private static final Set<RegionLevel> DEPARTMENT_LEVELS = EnumSet.of(RegionLevel.PROVINCE, RegionLevel.CITY,
			RegionLevel.DISTRICT, RegionLevel.STREET);

	private final DepartmentStore store;

	private final JdbcDepartments departments;

	private final RegionValidation regions;

	private final Callers callers;

	private final SecurityAudit audit;

	private final FunctionRegistry functions;

	DepartmentAdministration(DepartmentStore store, JdbcDepartments departments, RegionValidation regions,
			Callers callers, SecurityAudit audit, FunctionRegistry functions) {
		this.store = store;
		this.departments = departments;
		this.regions = regions;
		this.callers = callers;
		this.audit = audit;
		this.functions = functions;
	}

	/**
	 * The departments matching every given filter (each may be {@code null}); with a region, only those serving it,
	 * nearest first, otherwise ordered by code.
	 */
	public List<Department> search(String function, RegionLevel level, String region) {
		DepartmentFunction wanted = function == null ? null : functions.find(function)
			.orElseThrow(() -> new InvalidInputException("function", unknownFunction(function)));
		List<Department> matching = store.all().stream()
			.filter(department -> wanted == null || department.function().equals(wanted))
			.filter(department -> level == null || department.level() == level)
			.toList();
		if (region == null) {
			return matching;
		}
		List<Violation> violations = new ArrayList<>();
		Optional<Region> known = regions.known("region", region, violations);
		if (known.isEmpty()) {
			throw new InvalidInputException("Unknown region", violations);
		}
		return departments.nearestFirst(matching, known.get().code());
	}

	/** The department with this code, if there is one (a malformed code is a 400). */
	public Optional<Department> find(String code) {
		return store.find(code(code));
	}

	public Department get(String code) {
		return store.find(code(code)).orElseThrow(() -> new NotFoundException("No department has the code " + code));
	}

	@Transactional
	public Department create(String code, DepartmentDraft draft) {
		Department department = validated(code(code), draft);
		if (store.find(department.code()).isPresent()) {
			throw new ConflictException("A department with the code " + code + " already exists");
		}
		store.insert(List.of(department));
		audit.record(AuditEvent.DEPARTMENT_CREATED, callers.current().username(), code, department.name());
		return department;
	}

	@Transactional
	public Department update(String code, DepartmentDraft draft) {
		Department existing = get(code);
		callers.requireScope(existing.home());
		Department department = validated(existing.code(), draft);
		store.update(department);
		audit.record(AuditEvent.DEPARTMENT_CHANGED, callers.current().username(), code, department.name());
		return get(code);
	}

	/** The department the draft describes, within the caller's scope, or every violation of the draft. */
	Department validated(DepartmentCode code, DepartmentDraft draft) {
		List<Violation> violations = new ArrayList<>();
		if (draft.name() == null || draft.name().isBlank() || draft.name().length() > 200) {
			violations.add(new Violation("name", "is required and has at most 200 characters"));
		}
		Optional<DepartmentFunction> function = draft.function() == null || draft.function().isBlank()
				? Optional.empty() : functions.find(draft.function());
		if (draft.function() == null || draft.function().isBlank()) {
			violations.add(new Violation("function", "is required"));
		}
		else if (function.isEmpty()) {
			violations.add(new Violation("function", unknownFunction(draft.function())));
		}
		if (draft.level() == null || !DEPARTMENT_LEVELS.contains(draft.level())) {
			violations.add(new Violation("level", "must be PROVINCE, CITY, DISTRICT or STREET"));
		}
		Optional<Region> home = regions.known("home", draft.home(), violations);
		home.filter(region -> draft.level() != null && region.level() != draft.level())
			.ifPresent(region -> violations.add(new Violation("home",
					region.name() + " is a " + region.level() + ", not a " + draft.level())));
		Set<RegionCode> serves = new LinkedHashSet<>();
		List<String> served = draft.serves() == null || draft.serves().isEmpty() ? List.of() : draft.serves();
		for (int i = 0; i < served.size(); i++) {
			regions.known("serves[" + i + "]", served.get(i), violations)
				.ifPresent(region -> serves.add(region.code()));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException("Invalid department", violations);
		}
		if (serves.isEmpty()) {
			serves.add(home.get().code());
		}
		callers.requireScope(home.get().code());
		serves.forEach(callers::requireScope);
		return new Department(code, draft.name().strip(), function.get(), draft.level(), home.get().code(),
				Collections.unmodifiableSet(serves));
	}

	private String unknownFunction(String value) {
		return "'" + value + "' is not a known department function (" + functions.codes()
				+ "; register a city's own with POST /api/admin/department-functions)";
	}

	static DepartmentCode code(String code) {
		try {
			return new DepartmentCode(code);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("code", e.getMessage());
		}
	}
}
