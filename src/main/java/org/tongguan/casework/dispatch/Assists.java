package org.tongguan.casework.dispatch;

import static org.tongguan.casework.store.SqlValues.bind;
import static org.tongguan.casework.store.SqlValues.instant;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseId;
import org.tongguan.identity.Department;
import org.tongguan.identity.DepartmentCode;

/** The assisting departments (协办) of co-handled cases and what each reported. */
@Component
public class Assists {

	private final JdbcClient jdbc;

	Assists(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Makes these departments the case's assisting departments (none for a case handled alone). */
	public void assign(CaseId id, List<Department> departments, Instant now) {
		jdbc.sql("DELETE FROM casework_assist WHERE case_id = ?").param(id.value()).update();
		for (Department department : departments) {
			jdbc.sql("""
					INSERT INTO casework_assist (case_id, department_code, department_name, assigned_at)
					VALUES (?, ?, ?, ?)""")
				.params(id.value(), department.code().value(), department.name(), bind(now))
				.update();
		}
	}

	/** Records an assisting department's report. */
	public void done(CaseId id, DepartmentCode department, String result, Instant now) {
		jdbc.sql("UPDATE casework_assist SET done_at = ?, result = ? WHERE case_id = ? AND department_code = ?")
			.params(bind(now), result, id.value(), department.value())
			.update();
	}

	/** The case's assisting departments. */
	public List<Assist> of(CaseId id) {
		return jdbc.sql("SELECT * FROM casework_assist WHERE case_id = ? ORDER BY department_code")
			.param(id.value())
			.query((rs, row) -> new Assist(new DepartmentCode(rs.getString("department_code")),
					rs.getString("department_name"), instant(rs, "assigned_at"), instant(rs, "done_at"),
					rs.getString("result")))
			.list();
	}

	/**
	 * An assisting department of a case.
	 *
	 * @param department the department
	 * @param name its name
	 * @param assignedAt when it was assigned
	 * @param doneAt when it reported, {@code null} while working
	 * @param result what it reported
	 */
	public record Assist(DepartmentCode department, String name, Instant assignedAt, Instant doneAt, String result) {
	}
}
