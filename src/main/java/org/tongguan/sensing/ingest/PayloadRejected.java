package org.tongguan.sensing.ingest;

/**
 * Why a payload (or one element of an HTTP batch) cannot be accepted; thrown without a stack trace, since bad input is
 * an expected outcome, not a fault.
 */
final class PayloadRejected extends RuntimeException {

	private final Rejection reason;

	PayloadRejected(Rejection reason, String detail) {
		super(detail, null, false, false);
		this.reason = reason;
	}

	Rejection reason() {
		return reason;
	}

	String detail() {
		return getMessage();
	}
}
