package org.tongguan.sensing.health;

import java.time.Instant;

/**
 * A device's presence as of now.
 *
 * @param state online, offline or never seen
 * @param lastSeen when it last sent a message (accepted or not), {@code null} when never, or when only known from
 *        before the last restart as the time it last came online
 * @param since when it entered its state, {@code null} when never seen
 */
public record PresenceView(PresenceState state, Instant lastSeen, Instant since) {
}
