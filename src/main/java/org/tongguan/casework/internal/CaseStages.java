package org.tongguan.casework.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.CaseStage;

/**
 * Moves cases between stages as their process reaches user tasks and end events: starts the new stage's time limit,
 * stops both clocks on suspension (挂账) and moves the deadlines by the suspended time on resumption, and completes
 * the pending timeline step.
 */
@Component
public class CaseStages {

	private final CaseStore cases;

	private final CategoryVersions versions;

	private final Deadlines deadlines;

	private final Timeline timeline;

	private final Clock clock;

	CaseStages(CaseStore cases, CategoryVersions versions, Deadlines deadlines, Timeline timeline, Clock clock) {
		this.cases = cases;
		this.versions = versions;
		this.deadlines = deadlines;
		this.timeline = timeline;
		this.clock = clock;
	}

	/** The case reached a stage (again). */
	public void enter(CaseId id, CaseStage to) {
		CaseRecord record = cases.lock(id);
		CaseStage from = record.stage();
		if (from != to) {
			Instant now = clock.instant();
			CaseChanges changes = new CaseChanges().set(CaseColumn.STAGE, to);
			if (to == CaseStage.SUSPENDED) {
				changes.set(CaseColumn.SUSPENDED_SINCE, now);
			}
			else if (from == CaseStage.SUSPENDED) {
				resume(record, now, changes);
			}
			else {
				changes.stage(deadlines.stage(to, versions.of(record.matter().version()), now));
			}
			cases.apply(id, changes, now);
		}
		timeline.stageReached(id, from, to);
	}

	private void resume(CaseRecord record, Instant now, CaseChanges changes) {
		Instant since = record.suspendedSince();
		changes.set(CaseColumn.SUSPENDED_SINCE, null);
		if (record.overall() != null) {
			changes.overall(deadlines.resumed(record.overall(), since, now, record.matter().calendar()));
		}
		if (record.stageClock() != null) {
			changes.stage(deadlines.resumed(record.stageClock(), since, now, record.matter().calendar()));
		}
	}
}
