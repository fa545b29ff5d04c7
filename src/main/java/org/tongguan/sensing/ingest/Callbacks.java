package org.tongguan.sensing.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells a transport's callback what became of its message; a failing callback is logged, never passed on. */
public final class Callbacks {

	private static final Logger log = LoggerFactory.getLogger(Callbacks.class);

	private Callbacks() {
	}

	/** Tells the callback that the message is stored. */
	public static void stored(IngestCallback callback) {
		try {
			callback.stored();
		}
		catch (RuntimeException e) {
			log.warn("A transport failed to handle a stored message", e);
		}
	}

	/** Tells the callback that the message is rejected. */
	public static void rejected(IngestCallback callback, Rejection reason, String detail) {
		try {
			callback.rejected(reason, detail);
		}
		catch (RuntimeException e) {
			log.warn("A transport failed to handle a rejected message ({})", reason, e);
		}
	}
}
