package org.tongguan.bench.crash;

import java.time.Duration;
import java.util.Locale;

/**
 * What one crash round found.
 *
 * @param sent reports sent before the kill
 * @param acknowledged reports answered 201 before the kill
 * @param missing acknowledged cases the restarted platform did not have (must be 0)
 * @param committedUnanswered reports in flight at the kill that had been stored (their retry answered 200)
 * @param duplicates cases beyond one per idempotency key, after every report was sent again (must be 0)
 * @param failedResends reports sent again after the restart that answered neither 200 nor 201 (must be 0)
 * @param timerFired whether the probe case's deadline timer fired after the restart
 * @param probeClosed whether the probe case could be handled, verified and closed after the restart
 * @param restart how long the restart took until ready
 */
public record CrashOutcome(long sent, long acknowledged, long missing, long committedUnanswered, long duplicates,
		long failedResends, boolean timerFired, boolean probeClosed, Duration restart) {

	/** Whether nothing acknowledged was lost or doubled and the dispatched case went on. */
	public boolean durable() {
		return missing == 0 && duplicates == 0 && failedResends == 0 && timerFired && probeClosed;
	}

	/** One line of figures. */
	public String summary() {
		return String.format(Locale.ROOT,
				"sent %d, acknowledged %d, missing %d, in flight but stored %d, duplicates %d, failed re-sends %d, "
						+ "timer fired %s, "
						+ "dispatched case closed %s, restart %.1f s -> %s",
				sent, acknowledged, missing, committedUnanswered, duplicates, failedResends, timerFired ? "yes" : "NO",
				probeClosed ? "yes" : "NO", restart.toMillis() / 1000.0, durable() ? "ok" : "LOST");
	}
}
