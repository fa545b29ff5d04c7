package org.tongguan.casework.timeline;

import static org.tongguan.casework.store.SqlValues.bind;
import static org.tongguan.casework.store.SqlValues.constant;
import static org.tongguan.casework.store.SqlValues.instant;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.process.CaseProgress;
import org.tongguan.identity.Role;

/**
 * The append-only timeline of every case (办理过程): who did what, when, with which comment and attachments, from
 * which stage to which. A step that moves the case through its process is recorded with the stage it led to once
 * the call into the process has answered ({@link CaseProgress}).
 */
@Component
public class Timeline {

	private final JdbcClient jdbc;

	private final Clock clock;

	Timeline(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records a step that leaves the case where it is or whose outcome is already known. */
	public void record(CaseId id, StepRecord step, CaseStage from, CaseStage to) {
		jdbc.sql("""
				INSERT INTO casework_timeline (case_id, at, actor, actor_name, actor_role, action, comment, from_stage,
					to_stage, attachment_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id.value(), bind(clock.instant()), step.actor().username(), step.actor().name(),
					bind(step.actor().role()), bind(step.step()), step.comment(), bind(from), bind(to),
					step.attachmentIds().isEmpty() ? null : String.join(",", step.attachmentIds()))
			.update();
	}

	/** The case's timeline in the order things happened. */
	public List<TimelineEntry> of(CaseId id) {
		return jdbc.sql("SELECT * FROM casework_timeline WHERE case_id = ? ORDER BY id")
			.param(id.value())
			.query((rs, row) -> {
				String attachments = rs.getString("attachment_ids");
				return new TimelineEntry(rs.getLong("id"), instant(rs, "at"), rs.getString("actor"),
						rs.getString("actor_name"), constant(rs, "actor_role", Role.class),
						constant(rs, "action", Step.class), rs.getString("comment"),
						constant(rs, "from_stage", CaseStage.class), constant(rs, "to_stage", CaseStage.class),
						attachments == null ? List.of() : Arrays.asList(attachments.split(",")));
			})
			.list();
	}
}
