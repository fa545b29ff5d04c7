package org.tongguan.identity.department;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongguan.identity.Department;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.identity.DepartmentFunction;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;

/** Reads and writes departments and the regions they serve. */
@Repository
public class DepartmentStore {

	private static final String SELECT = """
			SELECT d.code, d.name, d.function_name, d.region_level, d.home_region, d.enabled, d.merged_into,
			  r.region_code
			FROM identity_department d LEFT JOIN identity_department_region r ON r.department_code = d.code
			""";

	private final JdbcClient jdbc;

	private final FunctionRegistry functions;

	DepartmentStore(JdbcClient jdbc, FunctionRegistry functions) {
		this.jdbc = jdbc;
		this.functions = functions;
	}

	List<Department> all() {
		return read(rows(""));
	}

	public Optional<Department> find(DepartmentCode code) {
		return read(rows(" WHERE d.code = ?", code.value())).stream().findFirst();
	}

	List<Department> of(DepartmentFunction function, RegionLevel level) {
		return read(rows(" WHERE d.function_name = ? AND d.region_level = ?", function.code(), level.name()));
	}

	public boolean isEmpty() {
		return jdbc.sql("SELECT COUNT(*) FROM identity_department").query(Long.class).single() == 0;
	}

	public void insert(Collection<Department> departments) {
		for (Department department : departments) {
			jdbc.sql("""
					INSERT INTO identity_department (code, name, function_name, region_level, home_region)
					VALUES (?, ?, ?, ?, ?)""")
				.params(department.code().value(), department.name(), department.function().code(),
						department.level().name(), department.home().value())
				.update();
			insertServed(department);
		}
	}

	void update(Department department) {
		jdbc.sql("""
				UPDATE identity_department SET name = ?, function_name = ?, region_level = ?, home_region = ?
				WHERE code = ?""")
			.params(department.name(), department.function().code(), department.level().name(),
					department.home().value(), department.code().value())
			.update();
		jdbc.sql("DELETE FROM identity_department_region WHERE department_code = ?")
			.param(department.code().value())
			.update();
		insertServed(department);
	}

	/** Enables or disables a department; a merged one also names the department that took over. */
	void setState(DepartmentCode code, boolean enabled, DepartmentCode mergedInto) {
		jdbc.sql("UPDATE identity_department SET enabled = ?, merged_into = ? WHERE code = ?")
			.params(enabled, mergedInto == null ? null : mergedInto.value(), code.value())
			.update();
	}

	/** Moves the department's users and API keys to another department; answers how many users moved. */
	int moveMembers(DepartmentCode from, DepartmentCode to) {
		jdbc.sql("UPDATE identity_api_key SET department_code = ? WHERE department_code = ?")
			.params(to.value(), from.value())
			.update();
		return jdbc.sql("UPDATE identity_user SET department_code = ? WHERE department_code = ?")
			.params(to.value(), from.value())
			.update();
	}

	private void insertServed(Department department) {
		for (RegionCode region : department.serves()) {
			jdbc.sql("INSERT INTO identity_department_region (department_code, region_code) VALUES (?, ?)")
				.params(department.code().value(), region.value())
				.update();
		}
	}

	private List<Department> read(List<Row> rows) {
		Map<String, DepartmentFunction> known = new HashMap<>();
		functions.all().forEach(function -> known.put(function.code(), function));
		Map<String, Row> departments = new LinkedHashMap<>();
		Map<String, Set<RegionCode>> served = new LinkedHashMap<>();
		for (Row row : rows) {
			departments.putIfAbsent(row.code(), row);
			Set<RegionCode> regions = served.computeIfAbsent(row.code(), key -> new LinkedHashSet<>());
			if (row.region() != null) {
				regions.add(RegionCode.of(row.region()));
			}
		}
		List<Department> result = new ArrayList<>(departments.size());
		departments.forEach((code, row) -> result.add(new Department(new DepartmentCode(code), row.name(),
				known.computeIfAbsent(row.function(), functions::stored), RegionLevel.valueOf(row.level()),
				RegionCode.of(row.home()), Collections.unmodifiableSet(served.get(code)), row.enabled(),
				row.mergedInto() == null ? null : new DepartmentCode(row.mergedInto()))));
		return result;
	}

	private List<Row> rows(String where, Object... params) {
		return jdbc.sql(SELECT + where + " ORDER BY d.code, r.region_code")
			.params(params)
			.query((rs, index) -> new Row(rs.getString("code"), rs.getString("name"), rs.getString("function_name"),
					rs.getString("region_level"), rs.getString("home_region"), rs.getBoolean("enabled"),
					rs.getString("merged_into"), rs.getString("region_code")))
			.list();
	}

	private record Row(String code, String name, String function, String level, String home, boolean enabled,
			String mergedInto, String region) {
	}
}
