package org.tongguan.sensing.mqtt;

import java.time.Duration;

import org.springframework.context.SmartLifecycle;

/**
 * The lifecycle both brokers share: started once after everything else and stopped before it (ingestion and the
 * telemetry store in particular); stopping first stops taking messages, then waits (up to the shutdown timeout) for
 * the messages in flight to be stored and acknowledged, and only then closes the connections.
 */
abstract class BrokerLifecycle implements SmartLifecycle, MqttEndpoint {

	private final Duration shutdownTimeout;

	private volatile boolean running;

	BrokerLifecycle(Duration shutdownTimeout) {
		this.shutdownTimeout = shutdownTimeout;
	}

	/** Opens the connections; throws (having released what it took) when that fails. */
	abstract void open();

	/** Stops taking new messages; those in flight go on to be stored. */
	abstract void stopReceiving();

	/** How many messages were handed to ingestion and are not yet stored or rejected. */
	abstract long inFlight();

	/** Closes every connection and releases the threads. */
	abstract void close();

	@Override
	public final synchronized void start() {
		if (running) {
			return;
		}
		open();
		running = true;
	}

	@Override
	public final synchronized void stop() {
		if (!running) {
			return;
		}
		stopReceiving();
		long deadline = System.nanoTime() + shutdownTimeout.toNanos();
		while (inFlight() > 0 && System.nanoTime() < deadline && pause()) {
			// wait for ingestion to store what it was given
		}
		close();
		running = false;
	}

	@Override
	public final boolean isRunning() {
		return running;
	}

	/** Started after, and stopped before, everything else. */
	@Override
	public final int getPhase() {
		return Integer.MAX_VALUE;
	}

	private static boolean pause() {
		try {
			Thread.sleep(10);
			return true;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
