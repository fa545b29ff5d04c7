package org.tongguan.sensing.mqtt;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.LongAdder;

import org.tongguan.sensing.ingest.TelemetryIngestion;

/**
 * What every connection of the embedded broker shares: ingestion, authentication (on its own threads), the monitoring
 * subscriptions, the client sessions, the limits, and how many QoS 1 messages wait to be stored.
 */
final class BrokerContext {

	final TelemetryIngestion ingestion;

	final Logins logins;

	final Executor authentication;

	final Subscriptions subscriptions = new Subscriptions();

	final Sessions sessions = new Sessions();

	final int maxInFlight;

	private final LongAdder inFlight = new LongAdder();

	private volatile boolean stopping;

	BrokerContext(TelemetryIngestion ingestion, Logins logins, Executor authentication, int maxInFlight) {
		this.ingestion = ingestion;
		this.logins = logins;
		this.authentication = authentication;
		this.maxInFlight = maxInFlight;
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
