package org.tongguan.casework.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.tongguan.calendar.CalendarKind;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.Satisfaction;
import org.tongguan.casework.deadline.Deadlines;
import org.tongguan.casework.dispatch.DispatchDecision;
import org.tongguan.casework.event.CaseAccepted;
import org.tongguan.casework.event.CaseClosed;
import org.tongguan.casework.event.CaseDispatched;
import org.tongguan.casework.event.CaseEscalated;
import org.tongguan.casework.event.CaseEvaluated;
import org.tongguan.casework.event.CaseExtended;
import org.tongguan.casework.event.CaseFiled;
import org.tongguan.casework.event.CaseHandled;
import org.tongguan.casework.event.CaseMerged;
import org.tongguan.casework.event.CaseReopened;
import org.tongguan.casework.event.CaseReturned;
import org.tongguan.casework.event.CaseReworked;
import org.tongguan.casework.event.CaseSupervised;
import org.tongguan.casework.event.CaseVerified;
import org.tongguan.casework.intake.CategoryVersions;
import org.tongguan.catalog.CategoryVersion;
import org.tongguan.catalog.Urgency;
import org.tongguan.identity.Department;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.shared.ConflictException;

/**
 * 案卷 — one case as an action loaded it (its locked {@link CaseRecord}) and the only writer of its row: one method per
 * transition, each producing the change {@link CaseStore#save} writes ({@link CaseRowChange}, made only here, from
 * the {@link CaseDraft} only it changes) and the event, where the transition has one.
 *
 * <p>The stage lives in one place: the case row's {@code stage}, set only by {@link #enter}. The case process
 * (Flowable) routes the case and reports the stages it reached during a call ({@code process.Passage}); the action
 * enters them here, so the row follows the process, never the other way round. The work items ({@code WorkItems})
 * mirror the process's open tasks and decide who may act, never the stage.
 */
public final class CaseFile {

	private final CaseRecord record;

	private final CaseDraft draft;

	private CaseRecord saved;

	private boolean touched;

	private DispatchDecision decided;

	/** The case as an action loaded it. */
	public CaseFile(CaseRecord record) {
		this.record = record;
		this.draft = new CaseDraft(record);
		this.saved = record;
	}

	/** The case as loaded, before this action's changes. */
	public CaseRecord record() {
		return record;
	}

	/** The case as it stands, with this action's changes. */
	public CaseRecord current() {
		return draft.record();
	}

	/** The case's id. */
	public CaseId id() {
		return record.id();
	}

	/**
	 * What the dispatch rules decided in this action for the case's place with the version and urgency it has now,
	 * when they were asked; the steps after it in the same action take it rather than ask again.
	 */
	public Optional<DispatchDecision> decided() {
		return Optional.ofNullable(decided);
	}

	/** The dispatch rules' decision for the case as it stands (e.g. at intake, for the fast track's filing). */
	public void decided(DispatchDecision decision) {
		decided = decision;
	}

	/** The case's process was started. */
	public void processStarted(String processInstanceId) {
		touch().processInstanceId = processInstanceId;
	}

	/** The process's deadline timer is set to fire at this time ({@code null}: not set); not a change of the case. */
	public void alarmAt(Instant at) {
		draft.alarmAt = at;
	}

	/**
	 * The case reached a stage: starts the new stage's time limit, stops both clocks on suspension (挂账) and moves the
	 * deadlines by the suspended time on resumption; nothing when it is in that stage already. Answers the stage the
	 * case came from.
	 */
	public CaseStage enter(CaseStage to, CategoryVersions versions, Deadlines deadlines, Instant now) {
		CaseStage from = draft.stage;
		if (from != to) {
			touch().enter(to, versions, deadlines, now);
		}
		return from;
	}

	/** 受理 — the report was accepted. */
	public CaseAccepted accept(Instant now) {
		touch().accepted = now;
		return new CaseAccepted(id());
	}

	/** 立案 — filed under this version and urgency with this overall limit, the rules' decision as responsible. */
	public CaseFiled file(CategoryVersion version, Urgency urgency, CalendarKind kind, Countdown limit,
			DispatchDecision decision, Instant now) {
		CaseDraft d = touch();
		d.filed = now;
		d.category = version.code();
		d.version = version.id();
		d.categoryName = version.definition().name();
		d.urgency = urgency;
		d.calendar = kind;
		d.overall = limit;
		responsible(decision);
		return new CaseFiled(id(), version.id(), limit.dueAt());
	}

	/** Records the dispatch rules' decision as the responsible department, before any dispatch. */
	public void responsible(DispatchDecision decision) {
		decided(decision);
		Department department = decision.department();
		CaseDraft d = touch();
		d.responsible = department == null ? null : department.code();
		d.responsibleName = department == null ? null : department.name();
		d.rule = decision.rule();
		d.explanation = decision.explanation();
	}

	/** 派遣 — the lead department (主办), with the assisting ones (协办), handles the case from now on, by this decision. */
	public CaseDispatched dispatch(Department lead, List<DepartmentCode> assisting, DispatchDecision decision,
			Instant now) {
		CaseDraft d = touch();
		d.lead = lead.code();
		d.leadName = lead.name();
		d.rule = decision.rule();
		d.explanation = decision.explanation();
		d.dispatched = now;
		d.dispatches++;
		return new CaseDispatched(id(), lead.code(), assisting, d.overall == null ? null : d.overall.dueAt());
	}

	/** 退回 — the lead department gave the case back as not theirs. */
	public CaseReturned giveBack() {
		DepartmentCode from = draft.lead;
		moveTo(null, null);
		draft.returns++;
		return new CaseReturned(id(), from);
	}

	/** The lead department was merged into another that takes the case over (部门合并移交). */
	public void moveTo(DepartmentCode successor, String successorName) {
		touch().lead = successor;
		draft.leadName = successorName;
	}

	/** 处置完成 — the lead department reported the result. */
	public CaseHandled handle(String result, Instant now) {
		touch().handled = now;
		draft.note = result;
		return new CaseHandled(id(), draft.lead);
	}

	/** 核查通过 — verified on site. */
	public CaseVerified verify(Instant now) {
		touch().verified = now;
		return new CaseVerified(id());
	}

	/** 返工 — verification failed; the case goes back to the lead department. */
	public CaseReworked rework() {
		touch().reworks++;
		return new CaseReworked(id(), draft.lead);
	}

	/** 结案 — closed now; on time when it has no limit or its limit had not run out. */
	public CaseClosed close(String note, Instant now) {
		boolean onTime = draft.overall == null || !now.isAfter(draft.overall.dueAt());
		follow(now, onTime);
		if (note != null) {
			draft.note = note;
		}
		return new CaseClosed(id(), onTime);
	}

	/** A merged duplicate follows its master's closure ({@code null} when the master was reopened). */
	public void follow(Instant closedAt, Boolean onTime) {
		touch().closed = closedAt;
		draft.onTime = onTime;
	}

	/** 重办 — reopened; with {@code undoHandling} also the handling and verification are to be done again. */
	public CaseReopened reopen(boolean undoHandling) {
		follow(null, null);
		draft.reopens++;
		if (undoHandling) {
			draft.handled = null;
			draft.verified = null;
		}
		return new CaseReopened(id());
	}

	/** 回访 — the reporter's answer to the callback. */
	public CaseEvaluated evaluate(Satisfaction satisfaction, Instant now) {
		touch().evaluated = now;
		draft.satisfaction = satisfaction;
		return new CaseEvaluated(id(), satisfaction);
	}

	/** 合并 — merged into a master, with a note naming it. */
	public CaseMerged mergeInto(CaseId master, String note) {
		touch().mergedInto = master;
		draft.note = note;
		return new CaseMerged(id(), master);
	}

	/** The latest public note (a void or transfer reason). */
	public void note(String note) {
		touch().note = note;
	}

	/** 延期 — both limits grow by the extra working time. */
	public CaseExtended extend(Duration extra, Deadlines deadlines, Instant now) {
		touch().extend(extra, deadlines, now);
		return new CaseExtended(id(), draft.overall.dueAt());
	}

	/** 督办 — a supervision notice goes to the lead department; only open cases with one are supervised (409). */
	public CaseSupervised supervise() {
		if (record.clocksStopped()) {
			throw new ConflictException("Case " + id() + " is " + record.stage().label()
					+ "; only open cases are supervised");
		}
		if (record.assignment().lead() == null) {
			throw new ConflictException("Case " + id() + " has no handling department to supervise yet");
		}
		touch().supervisions++;
		return new CaseSupervised(id(), record.assignment().lead());
	}

	/** 升级督办 — escalated to the next level up, to the department that supervises there. */
	public CaseEscalated escalate(RegionLevel level, DepartmentCode supervisor) {
		CaseDraft d = touch();
		d.escalationLevel = level;
		d.escalations++;
		d.supervisions++;
		return new CaseEscalated(id(), level, supervisor);
	}

	/**
	 * 预警 or 超期 — a warning (80 % used) or, with {@code overdue}, an overdue alarm was raised on the current stage's
	 * limit or, with {@code stageLimit} false, on the overall one.
	 */
	public void alarmRaised(boolean stageLimit, boolean overdue) {
		touch().alarmRaised(stageLimit, overdue);
	}

	/** The change since the case was loaded or last saved, handed to {@link CaseStore#save} once. */
	CaseRowChange takeChange(Instant now) {
		if (touched) {
			draft.updatedAt = now;
		}
		CaseRecord current = draft.record();
		CaseRowChange change = CaseRowChange.between(saved, current, touched);
		saved = current;
		touched = false;
		return change;
	}

	private CaseDraft touch() {
		touched = true;
		return draft;
	}
}
