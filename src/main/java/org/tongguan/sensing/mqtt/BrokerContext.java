package org.tongguan.sensing.mqtt;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.LongAdder;

import org.tongguan.sensing.ingest.TelemetryIngestion;

/**
 * What every connection of the embedded broker shares: ingestion, authentication (on its own threads) and the lockout
 * of wrong passwords, the monitoring subscriptions, the client sessions, the limits, and how many QoS 1 messages wait
 * to be stored.
 */
final class BrokerContext {

	final TelemetryIngestion ingestion;

	final Logins logins;

	final Executor authentication;

	final LoginLockout lockout;

	final Subscriptions subscriptions = new Subscriptions();

	final Sessions sessions = new Sessions();

	final int maxInFlight;

	final int maxMessageSize;

	private final LongAdder inFlight = new LongAdder();

	private volatile boolean stopping;

	BrokerContext(TelemetryIngestion ingestion, Logins logins, Executor authentication, LoginLockout lockout,
			int maxInFlight, int maxMessageSize) {
		this.ingestion = ingestion;
		this.logins = logins;
		this.authentication = authentication;
		this.lockout = lockout;
		this.maxInFlight = maxInFlight;
		this.maxMessageSize = maxMessageSize;
	}

	void sent(int delta) {
		inFlight.add(delta);
	}

	/** QoS 1 messages of all connections handed to ingestion and not acknowledged yet. */
	long inFlight() {
		return inFlight.sum();
	}

	/** From now on no connection reads more messages; those in flight are still acknowledged. */
	void stopReading() {
		stopping = true;
	}

	boolean stopping() {
		return stopping;
	}
}
