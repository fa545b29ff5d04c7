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
import org.tongguan.casework.event.CaseExtensionRequested;
import org.tongguan.casework.event.CaseFiled;
import org.tongguan.casework.event.CaseHandled;
import org.tongguan.casework.event.CaseMerged;
import org.tongguan.casework.event.CaseOverdue;
import org.tongguan.casework.event.CaseReopened;
import org.tongguan.casework.event.CaseReported;
import org.tongguan.casework.event.CaseResumed;
import org.tongguan.casework.event.CaseReturned;
import org.tongguan.casework.event.CaseReworked;
import org.tongguan.casework.event.CaseSupervised;
import org.tongguan.casework.event.CaseSuspended;
import org.tongguan.casework.event.CaseSuspensionRequested;
import org.tongguan.casework.event.CaseTransferred;
import org.tongguan.casework.event.CaseVerified;
import org.tongguan.casework.event.CaseVoided;
import org.tongguan.casework.event.CaseWarned;
import org.tongguan.casework.intake.CategoryVersions;
import org.tongguan.catalog.CategoryVersion;
import org.tongguan.catalog.Stage;
import org.tongguan.catalog.Urgency;
import org.tongguan.identity.Department;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.region.RegionLevel;

/**
 * 案卷 — one case as an action loaded it (its locked {@link CaseRecord}) and the only writer of its row: one method per
 * transition, each refusing itself when the case's own state does not allow it, producing the change
 * {@link CaseStore#save} writes ({@link CaseRowChange}, made only here, from the {@link CaseDraft} only it changes)
 * and answering the event; services load, call, publish and save.
 *
 * <p>The stage lives in one place: the case row's {@code stage}, set only by {@link #enter}. The case process
 * (Flowable) routes the case and reports the stages it reached during a call ({@code process.Passage}); the action
 * enters them here, so the row follows the process, never the other way round. The work items ({@code WorkItems})
 * mirror the process's open tasks: whether the process waits for an action now, and who may take it, is theirs to
 * say (409 and 403 in {@code action.TaskActions}), never the stage's.
 */
public final class CaseFile {

	private final CaseRecord record;

	private final CaseDraft draft;

	private DispatchDecision decided;

	/** The case as an action loaded it. */
	public CaseFile(CaseRecord record) {
		this.record = record;
		this.draft = new CaseDraft(record);
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

	/** What the dispatch rules decided in this action, when asked; later steps of the action take it, not ask again. */
	public Optional<DispatchDecision> decided() {
		return Optional.ofNullable(decided);
	}

	/** The dispatch rules' decision for the case as it stands (e.g. at intake, for the fast track's filing). */
	public void decided(DispatchDecision decision) {
		decided = decision;
	}

	/** The case's process was started. */
	public void processStarted(String processInstanceId) {
		draft.touch().processInstanceId = processInstanceId;
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
			draft.touch().enter(to, versions, deadlines, now);
		}
		return from;
	}

	/** 上报 — the case was reported and stored ({@link CaseStore#insert}); nothing changes. */
	public CaseReported reported() {
		return new CaseReported(id(), record.channel(), record.matter().category(), record.place().finest());
	}

	/** 自处理 — the inspector handled the matter on the spot, so the case was stored closed on time. */
	public CaseClosed handledOnTheSpot() {
		Refusals.requireHandledOnTheSpot(record);
		return new CaseClosed(id(), true);
	}

	/** 受理 — the report was accepted. */
	public CaseAccepted accept(Instant now) {
		draft.touch().accepted = now;
		return new CaseAccepted(id());
	}

	/** 立案 — filed under this version and urgency with this overall limit, the rules' decision as responsible. */
	public CaseFiled file(CategoryVersion version, Urgency urgency, CalendarKind kind, Countdown limit,
			DispatchDecision decision, Instant now) {
		draft.touch().file(version, urgency, kind, limit, now);
		responsible(decision);
		return new CaseFiled(id(), version.id(), limit.dueAt());
	}

	/** Records the dispatch rules' decision as the responsible department, before any dispatch. */
	public void responsible(DispatchDecision decision) {
		decided(decision);
		draft.touch().responsible(decision);
	}

	/** 派遣 — the lead department (主办), with the assisting ones (协办), handles the case from now on, by this decision. */
	public CaseDispatched dispatch(Department lead, List<DepartmentCode> assisting, DispatchDecision decision,
			Instant now) {
		draft.touch().dispatch(lead, decision, now);
		return new CaseDispatched(id(), lead.code(), assisting, draft.overall == null ? null : draft.overall.dueAt());
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
		draft.touch().lead = successor;
		draft.leadName = successorName;
	}

	/** 处置完成 — the lead department reported the result. */
	public CaseHandled handle(String result, Instant now) {
		draft.touch().handled = now;
		draft.note = result;
		return new CaseHandled(id(), draft.lead);
	}

	/** 核查通过 — verified on site. */
	public CaseVerified verify(Instant now) {
		draft.touch().verified = now;
		return new CaseVerified(id());
	}

	/** 返工 — verification failed; the case goes back to the lead department. */
	public CaseReworked rework() {
		draft.touch().reworks++;
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
		draft.touch().closed = closedAt;
		draft.onTime = onTime;
	}

	/** 重办 — reopened; with {@code undoHandling} also the handling and verification are to be done again. */
	public CaseReopened reopen(boolean undoHandling) {
		draft.touch().reopen(undoHandling);
		return new CaseReopened(id());
	}

	/** 回访 — the reporter's answer to the callback. */
	public CaseEvaluated evaluate(Satisfaction satisfaction, Instant now) {
		draft.touch().evaluated = now;
		draft.satisfaction = satisfaction;
		return new CaseEvaluated(id(), satisfaction);
	}

	/** 作废 — voided with the shift lead's approval, with their comment as the note. */
	public CaseVoided voidCase(String note) {
		draft.touch().note = note;
		return new CaseVoided(id());
	}

	/** 合并 — merged into a master, with a note naming it; a master that ended unclosed takes no duplicates (409). */
	public CaseMerged mergeInto(CaseRecord master, String note) {
		Refusals.requireTakingDuplicates(master);
		draft.touch().mergedInto = master.id();
		draft.note = note;
		return new CaseMerged(id(), master.id());
	}

	/** 转110 — transferred to 110 as a police matter, under this reference and for this reason (the note). */
	public CaseTransferred transferTo110(String reference, String reason) {
		draft.touch().note = reason;
		return new CaseTransferred(id(), reference);
	}

	/** 申请延期 — the lead department asked for this much more time in this request; nothing changes until decided. */
	public CaseExtensionRequested requestExtension(long request, String amount) {
		return new CaseExtensionRequested(id(), request, amount);
	}

	/** 延期 — both limits grow by the extra working time. */
	public CaseExtended extend(Duration extra, Deadlines deadlines, Instant now) {
		draft.touch().extend(extra, deadlines, now);
		return new CaseExtended(id(), draft.overall.dueAt(), record.dueAt());
	}

	/** 申请挂账 — the lead department asked to suspend the case in this request; nothing changes until decided. */
	public CaseSuspensionRequested requestSuspension(long request) {
		return new CaseSuspensionRequested(id(), request);
	}

	/** 挂账 — the approved suspension took effect: the case entered its stage and {@link #enter} stopped its clocks. */
	public CaseSuspended suspended() {
		return new CaseSuspended(id());
	}

	/** 恢复处置 — the case left suspension and {@link #enter} moved its deadlines by the suspended time. */
	public CaseResumed resumed() {
		return new CaseResumed(id(), draft.overall.dueAt(), record.dueAt());
	}

	/** 督办 — a supervision notice goes to the lead department; only open cases with one are supervised (409). */
	public CaseSupervised supervise() {
		Refusals.requireSupervisable(record);
		draft.touch().supervisions++;
		return new CaseSupervised(id(), record.assignment().lead());
	}

	/** 升级督办 — escalated to the next level up, to the department that supervises there. */
	public CaseEscalated escalate(RegionLevel level, DepartmentCode supervisor) {
		draft.touch().escalate(level);
		return new CaseEscalated(id(), level, supervisor);
	}

	/**
	 * 预警 — a warning on the limit of {@code stage}, the current one, or with {@code null} on the overall limit, when
	 * 80 % of it is used by now and none was raised on it yet; empty otherwise.
	 */
	public Optional<CaseWarned> warn(Stage stage, Instant now) {
		return Optional.ofNullable(draft.raiseIfDue(stage != null, false, now))
			.map(limit -> new CaseWarned(id(), stage, limit.dueAt()));
	}

	/** 超期 — an overdue alarm on the limit of {@code stage} (or the overall one) when it ran out and none was raised. */
	public Optional<CaseOverdue> overdue(Stage stage, Instant now) {
		return Optional.ofNullable(draft.raiseIfDue(stage != null, true, now))
			.map(limit -> new CaseOverdue(id(), stage, limit.dueAt()));
	}

	/** The change since the case was loaded or last saved, handed to {@link CaseStore#save} once. */
	CaseRowChange takeChange(Instant now) {
		return draft.takeChange(now);
	}
}
