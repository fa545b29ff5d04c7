package org.tongguan.casework.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.Optional;

import org.flowable.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.deadline.DeadlineAlarms;
import org.tongguan.casework.deadline.DeadlineTimer;
import org.tongguan.casework.dispatch.DispatchDecision;
import org.tongguan.casework.dispatch.Dispatching;
import org.tongguan.casework.intake.FastTrack;
import org.tongguan.casework.process.CaseProgress;
import org.tongguan.casework.process.Passage;

/**
 * What the case process calls in case handling, as {@code ${caseProcess.…(execution)}} expressions in the BPMN file:
 * entering a terminal stage, the emergency fast track, automatic dispatch and the deadline timer.
 */
@Component("caseProcess")
class CaseProcess {

	/** The process variable holding the case id. */
	static final String CASE_ID = "caseId";

	private final CaseProgress progress;

	private final FastTrack fastTrack;

	private final Dispatching dispatching;

	private final DeadlineTimer timer;

	private final DeadlineAlarms alarms;

	CaseProcess(CaseProgress progress, FastTrack fastTrack, Dispatching dispatching, DeadlineTimer timer,
			DeadlineAlarms alarms) {
		this.progress = progress;
		this.fastTrack = fastTrack;
		this.dispatching = dispatching;
		this.timer = timer;
		this.alarms = alarms;
	}

	/** The process reached an end event naming a stage (已办结, 已作废, 已合并, 已转110). */
	public void enterStage(DelegateExecution execution, String stage) {
		CurrentPassage.reached(caseId(execution), CaseStage.valueOf(stage), progress);
	}

	/** A 24×7 emergency: the platform accepts and files it at once. */
	public void acceptAndFile(DelegateExecution execution) {
		fastTrack.acceptAndFile(CurrentPassage.required(caseId(execution)));
	}

	/**
	 * Dispatches by the rules; sets {@code dispatchOutcome} (DISPATCHED, TRANSFERRED or MANUAL) and, when dispatched,
	 * {@code leadDepartment} and no {@code assistingDepartments}.
	 */
	public void dispatch(DelegateExecution execution) {
		DispatchDecision decision = dispatching.automatically(CurrentPassage.required(caseId(execution)));
		execution.setVariable("dispatchOutcome", decision.outcome().name());
		if (decision.outcome() == DispatchDecision.Outcome.DISPATCHED) {
			execution.setVariable("leadDepartment", decision.department().code().value());
			execution.setVariable("assistingDepartments", new ArrayList<String>());
		}
	}

	/** Sets {@code nextAlarmAt} to when the deadline timer fires next, {@code null} for none. */
	public void scheduleAlarm(DelegateExecution execution) {
		CaseId id = caseId(execution);
		Optional<Passage> passage = CurrentPassage.of(id);
		Instant next = passage.isPresent() ? timer.schedule(passage.get().file()) : timer.schedule(id);
		execution.setVariable("nextAlarmAt", next == null ? null : Date.from(next));
	}

	/** The deadline timer fired: raises the alarms that are due. */
	public void fireAlarms(DelegateExecution execution) {
		alarms.fire(caseId(execution));
	}

	static CaseId caseId(DelegateExecution execution) {
		return caseId(execution.getVariable(CASE_ID));
	}

	static CaseId caseId(Object variable) {
		return new CaseId(((Number) variable).longValue());
	}
}
