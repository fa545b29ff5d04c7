package org.tongguan.casework.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.tongguan.calendar.CalendarKind;
import org.tongguan.casework.CaseAccepted;
import org.tongguan.casework.CaseFiled;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.Satisfaction;
import org.tongguan.catalog.CategoryVersion;
import org.tongguan.catalog.CategoryVersionId;
import org.tongguan.catalog.Urgency;
import org.tongguan.identity.Department;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.region.RegionLevel;

/**
 * 案卷 — one case as an action loaded it (its locked {@link CaseRecord}) and the only writer of its row: one method per
 * transition, each producing the change {@link CaseStore#save} writes (and the event, where the transition has one).
 *
 * <p>The stage lives in one place: the case row's {@code stage}, set only by {@link #enter}. The case process
 * (Flowable) routes the case and reports the stages it reached during a call ({@link Workflow.Passage}); the action
 * enters them here, so the row follows the process, never the other way round. The work items ({@link WorkItems})
 * mirror the process's open tasks and decide who may act, never the stage.
 */
public final class CaseFile {

	private final CaseRecord record;

	private final Map<CaseColumn, Object> values = new EnumMap<>(CaseColumn.class);

	private final Map<CaseColumn, Integer> increments = new EnumMap<>(CaseColumn.class);

	private CaseStage stage;

	private Countdown overall;

	private Countdown stageClock;

	private Instant suspendedSince;

	private CategoryVersionId version;

	private DispatchDecision decided;

	private CaseFile(CaseRecord record) {
		this.record = record;
		this.stage = record.stage();
		this.overall = record.overall();
		this.stageClock = record.stageClock();
		this.suspendedSince = record.suspendedSince();
		this.version = record.matter().version();
	}

	/** The case as loaded. */
	static CaseFile of(CaseRecord record) {
		return new CaseFile(record);
	}

	/** The case as loaded, before this action's changes. */
	public CaseRecord record() {
		return record;
	}

	/** The case's id. */
	public CaseId id() {
		return record.id();
	}

	/** The stage the case is in now, with this action's stage changes. */
	public CaseStage stage() {
		return stage;
	}

	/** The overall time limit now, with this action's changes; {@code null} for imported cases without one. */
	public Countdown overall() {
		return overall;
	}

	/** What the dispatch rules decided for the case in this action, when they were asked. */
	Optional<DispatchDecision> decided() {
		return Optional.ofNullable(decided);
	}

	/** The case's process was started. */
	void processStarted(String processInstanceId) {
		set(CaseColumn.PROCESS_INSTANCE_ID, processInstanceId);
	}

	/** The process's deadline timer is set to fire at this time ({@code null}: not set). */
	void alarmAt(Instant at) {
		set(CaseColumn.ALARM_AT, at);
	}

	/**
	 * The case reached a stage: starts the new stage's time limit, stops both clocks on suspension (挂账) and moves the
	 * deadlines by the suspended time on resumption; nothing when it is in that stage already. Answers the stage the
	 * case came from.
	 */
	CaseStage enter(CaseStage to, CategoryVersions versions, Deadlines deadlines, Instant now) {
		CaseStage from = stage;
		if (from == to) {
			return from;
		}
		set(CaseColumn.STAGE, to);
		if (to == CaseStage.SUSPENDED) {
			suspendedSince(now);
		}
		else if (from == CaseStage.SUSPENDED) {
			Instant since = suspendedSince;
			CalendarKind kind = record.matter().calendar();
			suspendedSince(null);
			if (overall != null) {
				overall(deadlines.resumed(overall, since, now, kind));
			}
			if (stageClock != null) {
				stageClock(deadlines.resumed(stageClock, since, now, kind));
			}
		}
		else {
			stageClock(deadlines.stage(to, versions.of(version), now));
		}
		stage = to;
		return from;
	}

	/** 受理 — the report was accepted. */
	CaseAccepted accept(Instant now) {
		set(CaseColumn.ACCEPTED_AT, now);
		return new CaseAccepted(id());
	}

	/** 立案 — filed under this version and urgency with this overall limit, the rules' decision as responsible. */
	CaseFiled file(CategoryVersion version, Urgency urgency, CalendarKind kind, Countdown limit,
			DispatchDecision decision, Instant now) {
		set(CaseColumn.FILED_AT, now).set(CaseColumn.CATEGORY_CODE, version.code())
			.set(CaseColumn.CATEGORY_VERSION_ID, version.id())
			.set(CaseColumn.CATEGORY_NAME, version.definition().name())
			.set(CaseColumn.URGENCY, urgency)
			.set(CaseColumn.CALENDAR_KIND, kind)
			.overall(limit);
		this.version = version.id();
		responsible(decision);
		return new CaseFiled(id(), version.id(), limit.dueAt());
	}

	/** Records the dispatch rules' decision as the responsible department, before any dispatch. */
	void responsible(DispatchDecision decision) {
		decided = decision;
		Department department = decision.department();
		set(CaseColumn.RESPONSIBLE_DEPARTMENT, department == null ? null : department.code())
			.set(CaseColumn.RESPONSIBLE_DEPARTMENT_NAME, department == null ? null : department.name())
			.set(CaseColumn.DISPATCH_RULE, decision.rule())
			.set(CaseColumn.DISPATCH_EXPLANATION, decision.explanation());
	}

	/** 派遣 — the lead department (主办) handles the case from now on, by this decision. */
	void dispatch(Department lead, DispatchDecision decision, Instant now) {
		set(CaseColumn.LEAD_DEPARTMENT, lead.code()).set(CaseColumn.LEAD_DEPARTMENT_NAME, lead.name())
			.set(CaseColumn.DISPATCH_RULE, decision.rule())
			.set(CaseColumn.DISPATCH_EXPLANATION, decision.explanation())
			.set(CaseColumn.DISPATCHED_AT, now)
			.increment(CaseColumn.DISPATCH_COUNT);
	}

	/** 退回 — the lead department gave the case back as not theirs. */
	void giveBack() {
		set(CaseColumn.LEAD_DEPARTMENT, null).set(CaseColumn.LEAD_DEPARTMENT_NAME, null)
			.increment(CaseColumn.RETURN_COUNT);
	}

	/** The lead department was merged into another that takes the case over (部门合并移交). */
	void moveTo(DepartmentCode successor, String successorName) {
		set(CaseColumn.LEAD_DEPARTMENT, successor).set(CaseColumn.LEAD_DEPARTMENT_NAME, successorName);
	}

	/** 处置完成 — the lead department reported the result. */
	void handle(String result, Instant now) {
		set(CaseColumn.HANDLED_AT, now).set(CaseColumn.NOTE, result);
	}

	/** 核查通过 — verified on site. */
	void verify(Instant now) {
		set(CaseColumn.VERIFIED_AT, now);
	}

	/** 返工 — verification failed; the case goes back to the lead department. */
	void rework() {
		increment(CaseColumn.REWORK_COUNT);
	}

	/** 结案 — closed now; on time when it has no limit or its limit had not run out; answers whether on time. */
	boolean close(String note, Instant now) {
		boolean onTime = overall == null || !now.isAfter(overall.dueAt());
		set(CaseColumn.CLOSED_AT, now).set(CaseColumn.ON_TIME, onTime);
		if (note != null) {
			set(CaseColumn.NOTE, note);
		}
		return onTime;
	}

	/** A merged duplicate follows its master's closure ({@code null} when the master was reopened). */
	void follow(Instant closedAt, Boolean onTime) {
		set(CaseColumn.CLOSED_AT, closedAt).set(CaseColumn.ON_TIME, onTime);
	}

	/** 重办 — reopened; with {@code undoHandling} also the handling and verification are to be done again. */
	void reopen(boolean undoHandling) {
		set(CaseColumn.CLOSED_AT, null).set(CaseColumn.ON_TIME, null).increment(CaseColumn.REOPEN_COUNT);
		if (undoHandling) {
			set(CaseColumn.HANDLED_AT, null).set(CaseColumn.VERIFIED_AT, null);
		}
	}

	/** 回访 — the reporter's answer to the callback. */
	void evaluate(Satisfaction satisfaction, Instant now) {
		set(CaseColumn.EVALUATED_AT, now).set(CaseColumn.SATISFACTION, satisfaction);
	}

	/** 合并 — merged into a master, with a note naming it. */
	void mergeInto(CaseId master, String note) {
		set(CaseColumn.MERGED_INTO, master).set(CaseColumn.NOTE, note);
	}

	/** The latest public note (a void or transfer reason). */
	void note(String note) {
		set(CaseColumn.NOTE, note);
	}

	/** 延期 — both limits grow by the extra working time. */
	void extend(Duration extra, Deadlines deadlines, Instant now) {
		CalendarKind kind = record.matter().calendar();
		increment(CaseColumn.EXTENSION_COUNT);
		overall(deadlines.withLimit(overall, overall.limit().plus(extra), kind, now));
		if (stageClock != null) {
			stageClock(deadlines.withLimit(stageClock, stageClock.limit().plus(extra), kind, now));
		}
	}

	/** 督办 — a supervision notice went to the lead department. */
	void supervise() {
		increment(CaseColumn.SUPERVISION_COUNT);
	}

	/** 升级督办 — escalated to the next level up. */
	void escalate(RegionLevel level) {
		set(CaseColumn.ESCALATION_LEVEL, level).increment(CaseColumn.ESCALATIONS).increment(CaseColumn.SUPERVISION_COUNT);
	}

	/** 预警 — a warning was raised, of the current stage's limit or (with {@code stageLimit} false) the overall one. */
	void warn(boolean stageLimit) {
		set(stageLimit ? CaseColumn.STAGE_WARNED : CaseColumn.WARNED, true);
	}

	/** 超期 — a limit ran out, the current stage's or (with {@code stageLimit} false) the overall one. */
	void overdue(boolean stageLimit) {
		set(stageLimit ? CaseColumn.STAGE_OVERDUE : CaseColumn.OVERDUE, true);
	}

	/** Whether this action changed the case since it was loaded or last saved. */
	boolean changed() {
		return !values.isEmpty() || !increments.isEmpty();
	}

	/** The columns to set, for {@link CaseStore#save}. */
	Map<CaseColumn, Object> values() {
		return Collections.unmodifiableMap(values);
	}

	/** The counters to increment and by how much, for {@link CaseStore#save}. */
	Map<CaseColumn, Integer> increments() {
		return Collections.unmodifiableMap(increments);
	}

	/** After {@link CaseStore#save}: nothing left to write. */
	void saved() {
		values.clear();
		increments.clear();
	}

	private CaseFile set(CaseColumn column, Object value) {
		values.put(column, SqlValues.bind(value));
		return this;
	}

	private CaseFile increment(CaseColumn column) {
		increments.merge(column, 1, Integer::sum);
		return this;
	}

	private void suspendedSince(Instant since) {
		suspendedSince = since;
		set(CaseColumn.SUSPENDED_SINCE, since);
	}

	private void overall(Countdown countdown) {
		overall = countdown;
		set(CaseColumn.LIMIT_SECONDS, countdown.limit()).set(CaseColumn.PAUSED_SECONDS, countdown.paused())
			.set(CaseColumn.WARN_AT, countdown.warnAt())
			.set(CaseColumn.DUE_AT, countdown.dueAt())
			.set(CaseColumn.WARNED, countdown.warned())
			.set(CaseColumn.OVERDUE, countdown.overdue());
	}

	private void stageClock(Countdown countdown) {
		stageClock = countdown;
		if (countdown == null) {
			set(CaseColumn.STAGE_STARTED_AT, null).set(CaseColumn.STAGE_LIMIT_SECONDS, null)
				.set(CaseColumn.STAGE_PAUSED_SECONDS, Duration.ZERO)
				.set(CaseColumn.STAGE_WARN_AT, null)
				.set(CaseColumn.STAGE_DUE_AT, null)
				.set(CaseColumn.STAGE_WARNED, false)
				.set(CaseColumn.STAGE_OVERDUE, false);
			return;
		}
		set(CaseColumn.STAGE_STARTED_AT, countdown.start()).set(CaseColumn.STAGE_LIMIT_SECONDS, countdown.limit())
			.set(CaseColumn.STAGE_PAUSED_SECONDS, countdown.paused())
			.set(CaseColumn.STAGE_WARN_AT, countdown.warnAt())
			.set(CaseColumn.STAGE_DUE_AT, countdown.dueAt())
			.set(CaseColumn.STAGE_WARNED, countdown.warned())
			.set(CaseColumn.STAGE_OVERDUE, countdown.overdue());
	}
}
