package org.tongguan.sensing.health;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One device's presence: when it was last heard from and its state. Ingestion threads write {@code lastSeen} only;
 * the state changes on the health thread alone (see {@link PresenceChanges}).
 */
final class Presence {

	/** Epoch milliseconds of the last message, 0 when never heard from. */
	volatile long lastSeen;

	volatile PresenceState state;

	/** Epoch milliseconds of the last change of state, 0 when never changed. */
	volatile long changedAt;

	/** Set while a check of this device's return is queued for the health thread. */
	final AtomicBoolean returning = new AtomicBoolean();

	Presence(PresenceState state, long lastSeen, long changedAt) {
		this.state = state;
		this.lastSeen = lastSeen;
		this.changedAt = changedAt;
	}
}
