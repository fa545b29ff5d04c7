package org.tongguan.casework.internal;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseId;

/** Keeps duplicates merged into a master (已合并) in line with the master's closure and reopening. */
@Component
public class Followers {

	private final CaseStore cases;

	private final Timeline timeline;

	Followers(CaseStore cases, Timeline timeline) {
		this.cases = cases;
		this.timeline = timeline;
	}

	/**
	 * Gives every case merged into the master the master's closure time and on-time flag ({@code null} when the
	 * master was reopened).
	 */
	public void follow(CaseId master, String masterNumber, Instant closedAt, Boolean onTime, Instant now) {
		for (CaseRecord follower : cases.mergedInto(master)) {
			cases.apply(follower.id(), new CaseChanges().set(CaseColumn.CLOSED_AT, closedAt)
				.set(CaseColumn.ON_TIME, onTime), now);
			String note = closedAt == null ? "主案 " + masterNumber + " 重办" : "主案 " + masterNumber + " 已结案";
			timeline.record(follower.id(), StepRecord.of(Actor.SYSTEM, Step.FOLLOW_MASTER, note), follower.stage(),
					follower.stage());
		}
	}
}
