package org.tongguan.sensing.ingest;

import java.util.List;

/**
 * Where accepted readings go to be stored durably (the telemetry store): a bounded queue that never blocks the
 * transport. A message first takes a place, then its readings go to the listeners, then into that place.
 */
public interface TelemetrySink {

	/** Takes a place in the queue for one message; false when the queue is full or the store is not running. */
	boolean reserve();

	/**
	 * Queues a message's readings in the place {@link #reserve()} took for it; the callback is told once, when they
	 * are stored or when storing them is given up ({@link Rejection#OVERLOADED}).
	 */
	void store(List<Reading> readings, IngestCallback callback);
}
