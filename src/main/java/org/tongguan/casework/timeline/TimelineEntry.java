package org.tongguan.casework.timeline;

import java.time.Instant;
import java.util.List;

import org.tongguan.casework.CaseStage;
import org.tongguan.identity.Role;

/**
 * One entry of a case's append-only timeline.
 *
 * @param sequence its position, increasing in the order things happened
 * @param at when
 * @param actor who (login name or {@code system})
 * @param actorName the name shown
 * @param role the role acted in, {@code null} for the platform
 * @param step what was done
 * @param comment the reason, result or note
 * @param from the stage before, {@code null} for the report itself
 * @param to the stage after
 * @param attachmentIds attachments given with the step
 */
public record TimelineEntry(long sequence, Instant at, String actor, String actorName, Role role, Step step,
		String comment, CaseStage from, CaseStage to, List<String> attachmentIds) {
}
