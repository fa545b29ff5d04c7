package org.tongguan.casework.dispatch;

import static org.tongguan.casework.store.SqlValues.bind;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.process.Workflow;
import org.tongguan.casework.store.CaseFile;
import org.tongguan.casework.store.CaseRecord;
import org.tongguan.casework.store.CaseStore;
import org.tongguan.casework.timeline.Actor;
import org.tongguan.casework.timeline.Step;
import org.tongguan.casework.timeline.StepRecord;
import org.tongguan.casework.timeline.Timeline;
import org.tongguan.identity.DepartmentMerged;
import org.tongguan.identity.Role;

/**
 * When a department is merged into another (部门合并), moves the open cases it leads (主办) or assists (协办) to the
 * department taking over: the case's lead, its open tasks and work items, and a timeline entry saying so. Closed cases
 * and earlier timeline entries keep the old department's name.
 */
@Component
class SuccessorDepartments {

	private final JdbcClient jdbc;

	private final CaseStore cases;

	private final Workflow workflow;

	private final Timeline timeline;

	private final Clock clock;

	SuccessorDepartments(JdbcClient jdbc, CaseStore cases, Workflow workflow, Timeline timeline, Clock clock) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.workflow = workflow;
		this.timeline = timeline;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(DepartmentMerged event) {
		String from = event.merged().value();
		String to = event.into().value();
		List<Long> open = jdbc.sql("""
				SELECT DISTINCT c.id FROM casework_case c
				LEFT JOIN casework_assist a ON a.case_id = c.id AND a.department_code = :from AND a.done_at IS NULL
				WHERE (c.lead_department = :from OR a.case_id IS NOT NULL) AND c.stage NOT IN (:terminal)
				ORDER BY c.id""")
			.param("from", from)
			.param("terminal", List.of(bind(CaseStage.CLOSED), bind(CaseStage.VOIDED), bind(CaseStage.MERGED),
					bind(CaseStage.TRANSFERRED)))
			.query(Long.class)
			.list();
		open.forEach(id -> move(new CaseId(id), event, from, to));
	}

	private void move(CaseId id, DepartmentMerged event, String from, String to) {
		CaseRecord record = cases.lock(id);
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		boolean leads = event.merged().equals(record.assignment().lead());
		if (leads) {
			CaseFile file = new CaseFile(record);
			file.moveTo(event.into(), event.intoName());
			cases.save(file, now);
		}
		jdbc.sql("""
				UPDATE casework_assist SET department_code = ?, department_name = ?
				WHERE case_id = ? AND department_code = ? AND done_at IS NULL
				  AND NOT EXISTS (SELECT 1 FROM casework_assist o WHERE o.case_id = ? AND o.department_code = ?)""")
			.params(to, event.intoName(), id.value(), from, id.value(), to)
			.update();
		jdbc.sql("UPDATE casework_work_item SET department = ? WHERE case_id = ? AND department = ?")
			.params(to, id.value(), from)
			.update();
		if (record.processInstanceId() != null) {
			workflow.reassign(record.processInstanceId(), group(from), group(to),
					leads ? Map.of("leadDepartment", to) : Map.of());
		}
		timeline.record(id, StepRecord.of(Actor.SYSTEM, Step.MOVE_TO_SUCCESSOR, from + " 并入 " + event.intoName()
				+ "（" + to + "），在办" + (leads ? "主办" : "协办") + "事项移交"), record.stage(), record.stage());
	}

	private static String group(String department) {
		return Role.HANDLER.name() + "@" + department;
	}
}
