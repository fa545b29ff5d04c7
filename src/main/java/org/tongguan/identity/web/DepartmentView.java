package org.tongguan.identity.web;

import java.util.List;

import org.tongguan.identity.Department;
import org.tongguan.identity.DepartmentFunction;
import org.tongguan.region.RegionLevel;

/** A department (专业部门) as the REST API shows it. */
record DepartmentView(String code, String name, DepartmentFunction function, String functionLabel,
		RegionLevel level, String home, List<String> serves) {

	static DepartmentView of(Department department) {
		return new DepartmentView(department.code().value(), department.name(), department.function(),
				department.function().label(), department.level(), department.home().value(),
				department.serves().stream().map(code -> code.value()).sorted().toList());
	}
}
