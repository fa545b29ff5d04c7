package org.tongguan.casework.process;

import static org.tongguan.casework.store.SqlValues.bind;
import static org.tongguan.casework.store.SqlValues.department;
import static org.tongguan.casework.store.SqlValues.instant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongguan.casework.CaseId;
import org.tongguan.identity.Role;

/**
 * The open user tasks of every case, mirrored from the workflow engine in the same transaction, so that actions,
 * work queues and their counts are plain queries on case handling's own tables.
 */
@Repository
public class WorkItems {

	private final JdbcClient jdbc;

	WorkItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a task the engine created. */
	public void opened(WorkItem item) {
		for (TaskGroup group : item.groups()) {
			jdbc.sql("""
					INSERT INTO casework_work_item (task_id, case_id, task_key, task_name, role_name, department,
						created_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(item.taskId().value(), item.caseId().value(), item.key(), item.name(), group.role().name(),
						bind(group.department()), bind(item.createdAt()))
				.update();
		}
	}

	/** Forgets a task the engine completed or deleted. */
	public void closed(TaskId task) {
		jdbc.sql("DELETE FROM casework_work_item WHERE task_id = ?").param(task.value()).update();
	}

	/** The case's open tasks, oldest first. */
	public List<WorkItem> of(CaseId id) {
		return read(jdbc.sql("SELECT * FROM casework_work_item WHERE case_id = ? ORDER BY id")
			.param(id.value())
			.query((rs, row) -> new Row(new TaskId(rs.getString("task_id")), new CaseId(rs.getLong("case_id")),
					rs.getString("task_key"), rs.getString("task_name"),
					new TaskGroup(Role.valueOf(rs.getString("role_name")), department(rs, "department")),
					instant(rs, "created_at")))
			.list());
	}

	/** The case's open tasks with this BPMN id. */
	public List<WorkItem> of(CaseId id, ProcessTask task) {
		return of(id).stream().filter(item -> item.key().equals(task.key())).toList();
	}

	private static List<WorkItem> read(List<Row> rows) {
		Map<TaskId, List<Row>> byTask = new LinkedHashMap<>();
		rows.forEach(row -> byTask.computeIfAbsent(row.taskId(), key -> new ArrayList<>()).add(row));
		return byTask.values().stream().map(group -> {
			Row first = group.get(0);
			return new WorkItem(first.taskId(), first.caseId(), first.key(), first.name(),
					group.stream().map(Row::group).toList(), first.createdAt());
		}).toList();
	}

	private record Row(TaskId taskId, CaseId caseId, String key, String name, TaskGroup group, Instant createdAt) {
	}
}
