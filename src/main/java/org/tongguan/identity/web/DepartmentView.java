package org.tongguan.identity.web;

import java.util.List;

import org.tongguan.identity.Department;
import org.tongguan.region.RegionLevel;

/** A department (专业部门) as the REST API shows it: its function as code and label, and whether it is at work. */
record DepartmentView(String code, String name, String function, String functionLabel, RegionLevel level,
		String home, List<String> serves, boolean enabled, String mergedInto) {

	static DepartmentView of(Department department) {
		return new DepartmentView(department.code().value(), department.name(), department.function().code(),
				department.function().label(), department.level(), department.home().value(),
				department.serves().stream().map(code -> code.value()).sorted().toList(), department.enabled(),
				department.mergedInto() == null ? null : department.mergedInto().value());
	}
}
