package org.tongguan.casework.process;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.deadline.Deadlines;
import org.tongguan.casework.intake.CategoryVersions;
import org.tongguan.casework.store.CaseFile;
import org.tongguan.casework.store.CaseStore;
import org.tongguan.casework.timeline.Actor;
import org.tongguan.casework.timeline.Step;
import org.tongguan.casework.timeline.StepRecord;
import org.tongguan.casework.timeline.Timeline;

/**
 * Follows a case through one call into its process: enters the stages the process reached on the case file, records
 * on the timeline the step that led to each (a step is recorded with the first stage the case reached after it, or
 * with the stage it was taken in when the call reached none; a stage reached without a step is the platform's own
 * stage change); the caller saves the case.
 */
@Component
public class CaseProgress {

	private final CaseStore cases;

	private final CategoryVersions versions;

	private final Deadlines deadlines;

	private final Timeline timeline;

	private final Clock clock;

	CaseProgress(CaseStore cases, CategoryVersions versions, Deadlines deadlines, Timeline timeline, Clock clock) {
		this.cases = cases;
		this.versions = versions;
		this.deadlines = deadlines;
		this.timeline = timeline;
		this.clock = clock;
	}

	/**
	 * After a call for the step taken in stage {@code from} ({@code null} step: a call of the platform's own), with
	 * the passage the call answered.
	 */
	public void follow(CaseStage from, StepRecord step, Passage passage, Instant now) {
		CaseFile file = passage.file();
		CaseId id = file.id();
		StepRecord pending = step;
		CaseStage pendingFrom = from;
		for (Passage.Mark mark : passage.marks()) {
			if (mark instanceof Passage.Stepped stepped) {
				if (pending != null) {
					timeline.record(id, pending, pendingFrom, stepped.from());
				}
				pending = stepped.step();
				pendingFrom = stepped.from();
			}
			else if (mark instanceof Passage.Reached reached) {
				CaseStage was = file.enter(reached.stage(), versions, deadlines, now);
				if (pending != null) {
					timeline.record(id, pending, pendingFrom, reached.stage());
					pending = null;
				}
				else if (was != reached.stage()) {
					stageChanged(id, was, reached.stage());
				}
			}
		}
		if (pending != null) {
			timeline.record(id, pending, pendingFrom, pendingFrom);
		}
	}

	/** The process reached a stage outside any call made for the case (e.g. a customised process's own timer). */
	public void reachedAside(CaseId id, CaseStage to) {
		CaseFile file = new CaseFile(cases.lock(id));
		Instant now = clock.instant();
		CaseStage from = file.enter(to, versions, deadlines, now);
		cases.save(file, now);
		if (from != to) {
			stageChanged(id, from, to);
		}
	}

	private void stageChanged(CaseId id, CaseStage from, CaseStage to) {
		timeline.record(id, StepRecord.of(Actor.SYSTEM, Step.STAGE_CHANGE, null), from, to);
	}
}
