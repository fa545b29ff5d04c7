package org.tongguan.casework.store;

import java.time.Duration;
import java.time.Instant;

/**
 * One running time limit of a case (the overall limit or the current stage's), measured in working time.
 *
 * @param start when it started
 * @param limit how much working time it allows, extensions included
 * @param paused how much working time it was suspended (挂账) and does not count
 * @param warnAt when 80 % of the limit is used (yellow light)
 * @param dueAt when the limit runs out (red light after it)
 * @param warned whether the 80 % warning was raised
 * @param overdue whether the overdue alarm was raised
 */
public record Countdown(Instant start, Duration limit, Duration paused, Instant warnAt, Instant dueAt, boolean warned,
		boolean overdue) {
}
