package org.tongguan.casework.web;

import java.time.Instant;
import java.util.List;

/**
 * One step of a case's timeline.
 *
 * @param sequence its position
 * @param at when
 * @param actor who (login name or {@code system})
 * @param actorName the name shown
 * @param role the role acted in
 * @param action what was done
 * @param comment the reason, result or note
 * @param from the stage before
 * @param to the stage after
 * @param attachmentIds attachments given with the step
 */
record TimelineView(long sequence, Instant at, String actor, String actorName, Named role, Named action,
		String comment, Named from, Named to, List<String> attachmentIds) {
}
