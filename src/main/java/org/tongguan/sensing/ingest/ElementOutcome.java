package org.tongguan.sensing.ingest;

/**
 * What became of one element of an HTTP batch: accepted (a reading, no rejection) or rejected with a reason.
 *
 * @param index the element's position in the batch, from 0
 * @param reading the validated reading, {@code null} when rejected
 * @param rejection why it was rejected, {@code null} when accepted
 * @param detail what was wrong, for the device's developer; {@code null} when accepted
 */
public record ElementOutcome(int index, Reading reading, Rejection rejection, String detail) {

	static ElementOutcome accepted(int index, Reading reading) {
		return new ElementOutcome(index, reading, null, null);
	}

	static ElementOutcome rejected(int index, Rejection rejection, String detail) {
		return new ElementOutcome(index, null, rejection, detail);
	}

	/** Whether the element was accepted. */
	public boolean accepted() {
		return rejection == null;
	}
}
