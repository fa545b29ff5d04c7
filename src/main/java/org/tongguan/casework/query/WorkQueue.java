package org.tongguan.casework.query;

import static org.tongguan.casework.store.SqlValues.instant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongguan.casework.TrafficLight;
import org.tongguan.casework.internal.CaseworkProperties;
import org.tongguan.casework.process.TaskId;
import org.tongguan.casework.store.CaseRecord;
import org.tongguan.casework.store.CaseRows;
import org.tongguan.casework.store.SqlValues;
import org.tongguan.identity.Caller;
import org.tongguan.identity.Callers;
import org.tongguan.identity.Role;
import org.tongguan.shared.InvalidInputException;

/**
 * "My tasks" (我的待办): the open tasks the caller's roles (and department) may complete on cases within their data
 * scope, oldest first, with how many show each overall traffic light.
 */
@Service
@Transactional(readOnly = true)
public class WorkQueue {

	private final JdbcClient jdbc;

	private final Callers callers;

	private final ScopeClause scope;

	private final CaseworkProperties properties;

	WorkQueue(JdbcClient jdbc, Callers callers, ScopeClause scope, CaseworkProperties properties) {
		this.jdbc = jdbc;
		this.callers = callers;
		this.scope = scope;
		this.properties = properties;
	}

	/** The caller's queue at {@code now}. */
	public Queue mine(int page, int size, Instant now) {
		if (page < 0 || size < 1 || size > properties.maxPageSize()) {
			throw new InvalidInputException("size", "page is 0 or more and size 1–" + properties.maxPageSize());
		}
		Caller caller = callers.current();
		Where tasks = new Where().in("role_name", caller.roles().stream().map(Role::name).toList());
		if (caller.roles().isEmpty()) {
			tasks.and("1 = 0");
		}
		if (caller.department() == null) {
			tasks.and("department IS NULL");
		}
		else {
			tasks.and("(department IS NULL OR department = ?)", caller.department());
		}
		Where cases = new Where();
		scope.within(cases, "c.", caller.scope());
		String from = " FROM casework_case c JOIN (SELECT DISTINCT task_id, case_id, task_key, task_name, created_at"
				+ " FROM casework_work_item" + tasks.sql() + ") t ON t.case_id = c.id" + cases.sql();
		List<Object> base = new ArrayList<>(tasks.params());
		base.addAll(cases.params());
		Map<String, Long> lights = new HashMap<>();
		List<Object> countParams = new ArrayList<>(List.of(SqlValues.bind(now), SqlValues.bind(now)));
		countParams.addAll(base);
		jdbc.sql("SELECT light, COUNT(*) AS n FROM (SELECT " + LightClause.expression() + " AS light" + from
				+ ") x GROUP BY light")
			.params(countParams)
			.query(rs -> {
				lights.put(rs.getString("light"), rs.getLong("n"));
			});
		Map<TrafficLight, Long> counts = new EnumMap<>(TrafficLight.class);
		for (TrafficLight light : TrafficLight.values()) {
			counts.put(light, lights.getOrDefault(light.name(), 0L));
		}
		List<Object> params = new ArrayList<>(base);
		params.add(size);
		params.add((long) page * size);
		List<QueueItem> items = jdbc
			.sql("SELECT c.*, t.task_id, t.task_key, t.task_name, t.created_at AS task_created_at" + from
					+ " ORDER BY t.created_at, t.task_id LIMIT ? OFFSET ?")
			.params(params)
			.query((rs, row) -> new QueueItem(new TaskId(rs.getString("task_id")), rs.getString("task_key"),
					rs.getString("task_name"), instant(rs, "task_created_at"), CaseRows.INSTANCE.mapRow(rs, row)))
			.list();
		long total = lights.values().stream().mapToLong(Long::longValue).sum();
		return new Queue(counts, total, items);
	}

	/**
	 * An open task in the queue.
	 *
	 * @param taskId the engine's task id
	 * @param taskKey the task's BPMN id
	 * @param taskName the task's name
	 * @param since when it was created
	 * @param record the case
	 */
	public record QueueItem(TaskId taskId, String taskKey, String taskName, Instant since, CaseRecord record) {
	}

	/**
	 * The caller's queue.
	 *
	 * @param counts open tasks per overall traffic light (tasks on cases without a light are in no count)
	 * @param total all open tasks in the queue
	 * @param items one page of tasks, oldest first
	 */
	public record Queue(Map<TrafficLight, Long> counts, long total, List<QueueItem> items) {
	}
}
