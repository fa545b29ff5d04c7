package org.tongguan.casework.store;

import java.time.Duration;
import java.time.Instant;

import org.tongguan.calendar.CalendarKind;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.Satisfaction;
import org.tongguan.casework.deadline.Deadlines;
import org.tongguan.casework.dispatch.DispatchDecision;
import org.tongguan.casework.dispatch.DispatchRule;
import org.tongguan.casework.intake.CategoryVersions;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.CategoryVersion;
import org.tongguan.catalog.CategoryVersionId;
import org.tongguan.catalog.Urgency;
import org.tongguan.identity.Department;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.region.RegionLevel;

/**
 * The parts of a case that change after intake, as they stand while one {@link CaseFile} (their only writer) works on
 * it, and what changed since the case was loaded or last saved; {@link #record()} gives the case as it stands.
 */
final class CaseDraft {

	private final CaseRecord loaded;

	private CaseRecord saved;

	private boolean touched;

	CaseStage stage;

	CategoryCode category;

	CategoryVersionId version;

	String categoryName;

	Urgency urgency;

	CalendarKind calendar;

	Instant accepted, filed, dispatched, handled, verified, closed, evaluated;

	Countdown overall, stageClock;

	Instant suspendedSince, alarmAt, updatedAt;

	RegionLevel escalationLevel;

	int dispatches, returns, reworks, reopens, extensions, supervisions, escalations;

	DepartmentCode responsible, lead;

	String responsibleName, leadName, explanation;

	DispatchRule rule;

	Boolean onTime;

	Satisfaction satisfaction;

	CaseId mergedInto;

	String note, processInstanceId;

	CaseDraft(CaseRecord r) {
		this.loaded = r;
		this.saved = r;
		stage = r.stage();
		CaseMatter m = r.matter();
		category = m.category();
		version = m.version();
		categoryName = m.categoryName();
		urgency = m.urgency();
		calendar = m.calendar();
		Milestones at = r.milestones();
		accepted = at.accepted();
		filed = at.filed();
		dispatched = at.dispatched();
		handled = at.handled();
		verified = at.verified();
		closed = at.closed();
		evaluated = at.evaluated();
		overall = r.overall();
		stageClock = r.stageClock();
		suspendedSince = r.suspendedSince();
		alarmAt = r.alarmAt();
		updatedAt = r.updatedAt();
		escalationLevel = r.escalationLevel();
		Tally t = r.tally();
		dispatches = t.dispatches();
		returns = t.returns();
		reworks = t.reworks();
		reopens = t.reopens();
		extensions = t.extensions();
		supervisions = t.supervisions();
		escalations = t.escalations();
		Assignment a = r.assignment();
		responsible = a.responsible();
		responsibleName = a.responsibleName();
		lead = a.lead();
		leadName = a.leadName();
		rule = a.rule();
		explanation = a.explanation();
		onTime = r.onTime();
		satisfaction = r.satisfaction();
		mergedInto = r.mergedInto();
		note = r.note();
		processInstanceId = r.processInstanceId();
	}

	/** The case as it stands. */
	CaseRecord record() {
		CaseRecord r = loaded;
		return new CaseRecord(r.id(), r.channel(), stage, r.externalId(), r.reportedBy(), r.reporter(), r.place(),
				new CaseMatter(category, version, categoryName, r.matter().matterType(), urgency, calendar,
						r.matter().description()),
				new Milestones(r.milestones().reported(), accepted, filed, dispatched, handled, verified, closed,
						evaluated),
				overall, stageClock, suspendedSince, alarmAt, escalationLevel,
				new Tally(dispatches, returns, reworks, reopens, extensions, supervisions, escalations),
				new Assignment(responsible, responsibleName, lead, leadName, rule, explanation), onTime, satisfaction,
				r.selfHandled(), r.duplicateSuspect(), r.imported(), mergedInto, note, processInstanceId, updatedAt);
	}

	/** Marks the case changed by a transition; answers this draft to change. */
	CaseDraft touch() {
		touched = true;
		return this;
	}

	/** The change since the case was loaded or last saved; a case a transition changed is updated now. */
	CaseRowChange takeChange(Instant now) {
		if (touched) {
			updatedAt = now;
		}
		CaseRecord current = record();
		CaseRowChange change = CaseRowChange.between(saved, current, touched);
		saved = current;
		touched = false;
		return change;
	}

	/** Enters another stage: its clock starts, or both stop on suspension and move by the suspended time after it. */
	void enter(CaseStage to, CategoryVersions versions, Deadlines deadlines, Instant now) {
		CaseStage from = stage;
		stage = to;
		if (to == CaseStage.SUSPENDED) {
			suspendedSince = now;
		}
		else if (from == CaseStage.SUSPENDED) {
			Instant since = suspendedSince;
			suspendedSince = null;
			if (overall != null) {
				overall = deadlines.resumed(overall, since, now, calendar);
			}
			if (stageClock != null) {
				stageClock = deadlines.resumed(stageClock, since, now, calendar);
			}
		}
		else {
			stageClock = deadlines.stage(to, versions.of(version), now);
		}
	}

	/** Filed now under this version and urgency, with this overall limit. */
	void file(CategoryVersion filedUnder, Urgency level, CalendarKind kind, Countdown limit, Instant now) {
		filed = now;
		category = filedUnder.code();
		version = filedUnder.id();
		categoryName = filedUnder.definition().name();
		urgency = level;
		calendar = kind;
		overall = limit;
	}

	/** The department responsible by the dispatch rules' decision, and why. */
	void responsible(DispatchDecision decision) {
		Department department = decision.department();
		responsible = department == null ? null : department.code();
		responsibleName = department == null ? null : department.name();
		explained(decision);
	}

	/** Dispatched now to this lead department, by this decision. */
	void dispatch(Department department, DispatchDecision decision, Instant now) {
		lead = department.code();
		leadName = department.name();
		explained(decision);
		dispatched = now;
		dispatches++;
	}

	/** Reopened: no longer closed; with {@code undoHandling} not handled or verified either. */
	void reopen(boolean undoHandling) {
		closed = null;
		onTime = null;
		reopens++;
		if (undoHandling) {
			handled = null;
			verified = null;
		}
	}

	/** Escalated to this level, which counts as a supervision too. */
	void escalate(RegionLevel level) {
		escalationLevel = level;
		escalations++;
		supervisions++;
	}

	/** Both limits grow by the extra working time. */
	void extend(Duration extra, Deadlines deadlines, Instant now) {
		extensions++;
		overall = deadlines.withLimit(overall, overall.limit().plus(extra), calendar, now);
		if (stageClock != null) {
			stageClock = deadlines.withLimit(stageClock, stageClock.limit().plus(extra), calendar, now);
		}
	}

	/**
	 * Raises a warning or, with {@code overdue}, an overdue alarm on the stage's limit or the overall one when it is
	 * due by now and was not raised yet; answers the limit it raised it on, {@code null} when it raised none.
	 */
	Countdown raiseIfDue(boolean stageLimit, boolean overdue, Instant now) {
		Countdown c = stageLimit ? stageClock : overall;
		if (c == null || (overdue ? c.overdue() : c.warned()) || now.isBefore(overdue ? c.dueAt() : c.warnAt())) {
			return null;
		}
		touched = true;
		Countdown raised = new Countdown(c.start(), c.limit(), c.paused(), c.warnAt(), c.dueAt(), c.warned() || !overdue,
				c.overdue() || overdue);
		if (stageLimit) {
			stageClock = raised;
		}
		else {
			overall = raised;
		}
		return raised;
	}

	private void explained(DispatchDecision decision) {
		rule = decision.rule();
		explanation = decision.explanation();
	}
}
