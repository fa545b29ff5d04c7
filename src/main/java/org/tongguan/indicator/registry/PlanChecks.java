package org.tongguan.indicator.registry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.tongguan.identity.Department;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.identity.Departments;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.registry.RegistryStore.Standing;
import org.tongguan.shared.Violations;

/**
 * Holds plans about to be stored against the registry as it will be once they all are: a parent (one level up)
 * exists and is not retired while its child is active; a retired indicator has no active child; the source and
 * responsible departments exist and are enabled; and an indicator's frequency does not change once it has values.
 */
@Component
class PlanChecks {

	private final RegistryStore store;

	private final Departments departments;

	private final RecordedValues values;

	PlanChecks(RegistryStore store, Departments departments, RecordedValues values) {
		this.store = store;
		this.departments = departments;
		this.values = values;
	}

	/** Checks each plan, adding its problems to the violations of the same index. */
	void check(List<IndicatorPlan> plans, List<Violations> problems) {
		Map<IndicatorCode, Standing> before = store.standings();
		Map<IndicatorCode, Standing> after = new HashMap<>(before);
		plans.forEach(plan -> after.put(plan.code(), new Standing(plan.frequency().name(), plan.retired())));
		Map<IndicatorCode, Set<String>> activeChildren = new HashMap<>();
		after.forEach((code, standing) -> code.parent()
			.filter(parent -> !standing.retired())
			.ifPresent(parent -> activeChildren.computeIfAbsent(parent, key -> new TreeSet<>()).add(code.value())));
		Map<DepartmentCode, Department> known = departments.all()
			.stream()
			.collect(Collectors.toMap(Department::code, Function.identity()));
		for (int i = 0; i < plans.size(); i++) {
			IndicatorPlan plan = plans.get(i);
			Violations found = problems.get(i);
			plan.code().parent().ifPresent(parent -> parent(plan, parent, after.get(parent), found));
			if (plan.retired() && activeChildren.containsKey(plan.code())) {
				found.add("retired", "active indicators lie below it: " + activeChildren.get(plan.code()));
			}
			department(plan.source().department(), "sourceDepartment", known, found);
			department(plan.responsibleDepartment(), "responsibleDepartment", known, found);
			Standing stored = before.get(plan.code());
			if (stored != null && !stored.frequency().equals(plan.frequency().name()) && values.any(plan.code())) {
				found.add("frequency", "the indicator has values by the period " + stored.frequency() + "; its "
						+ "frequency cannot change (a new frequency makes a new indicator)");
			}
		}
	}

	private static void parent(IndicatorPlan plan, IndicatorCode parent, Standing standing, Violations found) {
		if (standing == null) {
			found.add("code", "its parent " + parent + " is not in the registry; add the parent first");
		}
		else if (standing.retired() && !plan.retired()) {
			found.add("code", "its parent " + parent + " is retired");
		}
	}

	private static void department(DepartmentCode code, String field, Map<DepartmentCode, Department> known,
			Violations found) {
		Department department = known.get(code);
		if (department == null) {
			found.add(field, "no department has the code " + code);
		}
		else if (!department.enabled()) {
			found.add(field, code + " is disabled" + (department.mergedInto() == null ? ""
					: "; it was merged into " + department.mergedInto()));
		}
	}
}
