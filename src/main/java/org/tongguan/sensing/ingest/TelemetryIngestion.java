package org.tongguan.sensing.ingest;

import org.tongguan.sensing.device.RegisteredDevice;

/**
 * The entrance for telemetry from every transport: parses and validates a device's message, counts rejections per
 * device, hands accepted readings to every {@link ReadingListener} and to the batched store. Thread-safe, never
 * throws for bad input and never blocks the calling transport thread; one flooding device is limited on its own.
 */
public interface TelemetryIngestion {

	/**
	 * Ingests one message (a JSON object, or an array of them) that an authenticated device sent; the callback is
	 * called exactly once, possibly on another thread.
	 */
	void accept(RegisteredDevice device, byte[] payload, IngestCallback callback);

	/** Counts a message the transport rejected before ingestion could look at it (unknown device, foreign topic). */
	void rejected(String deviceCode, Rejection reason);
}
