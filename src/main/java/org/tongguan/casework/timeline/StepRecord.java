package org.tongguan.casework.timeline;

import java.util.List;

/**
 * One step for the timeline: who did what, with what comment and attachments.
 *
 * @param actor who did it
 * @param step what was done
 * @param comment the reason, result or note, may be {@code null}
 * @param attachmentIds the attachments given with it
 */
public record StepRecord(Actor actor, Step step, String comment, List<String> attachmentIds) {

	public StepRecord {
		attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
	}

	/** A step without attachments. */
	public static StepRecord of(Actor actor, Step step, String comment) {
		return new StepRecord(actor, step, comment, List.of());
	}
}
