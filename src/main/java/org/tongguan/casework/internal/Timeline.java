package org.tongguan.casework.internal;

import static org.tongguan.casework.internal.SqlValues.constant;
import static org.tongguan.casework.internal.SqlValues.instant;
import static org.tongguan.casework.internal.SqlValues.bind;

import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.CaseStage;
import org.tongguan.identity.Role;

/**
 * The append-only timeline of every case (办理过程): who did what, when, with which comment and attachments, from
 * which stage to which.
 *
 * <p>A step whose outcome the workflow decides (filing may dispatch at once or queue for a dispatcher) is begun as
 * <em>pending</em>: the next stage the case reaches completes it, so the timeline shows steps in the order they
 * happened with the stage each one led to. A stage change without a pending step is recorded as the platform's own.
 */
@Component
public class Timeline {

	private final JdbcClient jdbc;

	private final Clock clock;

	/** The pending step of each case this thread is working on. */
	private final ThreadLocal<Map<CaseId, Pending>> pending = ThreadLocal.withInitial(HashMap::new);

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

	/**
	 * Runs work that moves the case through the workflow as one step: the step is recorded with the first stage the
	 * case reaches, or with the stage it is in when the work ends.
	 */
	public void during(CaseId id, CaseStage from, StepRecord step, Runnable work) {
		begin(id, from, step);
		try {
			work.run();
		}
		catch (RuntimeException e) {
			pending.get().remove(id);
			throw e;
		}
		Pending left = pending.get().remove(id);
		if (left != null) {
			record(id, left.step(), left.from(), left.from());
		}
	}

	/** Begins a pending step, completing the one before it (if any) with the stage the case is in. */
	public void begin(CaseId id, CaseStage from, StepRecord step) {
		Pending before = pending.get().put(id, new Pending(step, from));
		if (before != null) {
			record(id, before.step(), before.from(), from);
		}
	}

	/** Notes that the case reached a stage: completes the pending step, or records the platform's stage change. */
	public void stageReached(CaseId id, CaseStage from, CaseStage to) {
		Pending step = pending.get().remove(id);
		if (step != null) {
			record(id, step.step(), step.from(), to);
		}
		else if (from != to) {
			record(id, StepRecord.of(Actor.SYSTEM, Step.STAGE_CHANGE, null), from, to);
		}
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

	private record Pending(StepRecord step, CaseStage from) {
	}
}
