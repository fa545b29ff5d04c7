package org.tongguan.casework.action;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.process.CaseProgress;
import org.tongguan.casework.process.WorkItems;
import org.tongguan.casework.process.Workflow;
import org.tongguan.casework.store.CaseFile;
import org.tongguan.casework.store.CaseRecord;
import org.tongguan.casework.store.CaseStore;
import org.tongguan.casework.timeline.Actor;
import org.tongguan.casework.timeline.Step;
import org.tongguan.casework.timeline.StepRecord;
import org.tongguan.casework.timeline.Timeline;

/**
 * Keeps duplicates merged into a master (已合并) in line with the master's closure and reopening, and gives their
 * reporters their own callback (回访) once the master's loop has ended.
 */
@Component
public class Followers {

	private final CaseStore cases;

	private final Timeline timeline;

	private final WorkItems workItems;

	private final Workflow workflow;

	private final CaseProgress progress;

	Followers(CaseStore cases, Timeline timeline, WorkItems workItems, Workflow workflow, CaseProgress progress) {
		this.cases = cases;
		this.timeline = timeline;
		this.workItems = workItems;
		this.workflow = workflow;
		this.progress = progress;
	}

	/**
	 * Gives every case merged into the master the master's closure time and on-time flag ({@code null} when the
	 * master was reopened).
	 */
	public void follow(CaseId master, String masterNumber, Instant closedAt, Boolean onTime, Instant now) {
		for (CaseRecord follower : cases.mergedInto(master)) {
			CaseFile file = new CaseFile(follower);
			file.follow(closedAt, onTime);
			cases.save(file, now);
			String note = closedAt == null ? "主案 " + masterNumber + " 重办" : "主案 " + masterNumber + " 已结案";
			timeline.record(follower.id(), StepRecord.of(Actor.SYSTEM, Step.FOLLOW_MASTER, note), follower.stage(),
					follower.stage());
		}
	}

	/**
	 * The master's loop ended (已办结): every duplicate whose reporter is to be called back and was not yet gets its
	 * own callback task; a duplicate merged later gets it as it is merged.
	 */
	public void masterFinished(CaseId master, String masterNumber, Instant now) {
		for (CaseRecord follower : cases.mergedInto(master)) {
			callBack(follower, masterNumber, now);
		}
	}

	/** Opens the duplicate's callback task unless it needs none, had one, or has one open. */
	public void callBack(CaseRecord follower, String masterNumber, Instant now) {
		if (follower.stage() != CaseStage.MERGED || !CallbackRule.needed(follower)
				|| follower.milestones().evaluated() != null || !workItems.of(follower.id()).isEmpty()) {
			return;
		}
		CaseFile file = new CaseFile(follower);
		Workflow.Started started = workflow.startDuplicateCallback(file);
		file.processStarted(started.processInstanceId());
		progress.follow(follower.stage(), null, started.passage(), now);
		cases.save(file, now);
		timeline.record(follower.id(), StepRecord.of(Actor.SYSTEM, Step.FOLLOW_MASTER,
				"主案 " + masterNumber + " 已办结，待回访"), follower.stage(), follower.stage());
	}
}
