package org.tongguan.sensing.ingest;

/** Told once what became of a message: stored durably, or rejected and why. */
public interface IngestCallback {

	/** Every reading of the message is stored (time for a QoS 1 PUBACK). */
	void stored();

	/** The message was rejected; nothing of it is stored. */
	void rejected(Rejection reason, String detail);
}
