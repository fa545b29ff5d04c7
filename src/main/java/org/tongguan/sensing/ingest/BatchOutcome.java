package org.tongguan.sensing.ingest;

import java.util.List;

/**
 * What became of an HTTP batch: rejected as a whole ({@code rejection} set, no elements), or an outcome per element,
 * where the accepted elements are stored.
 *
 * @param rejection why the whole batch was rejected, {@code null} when its elements were looked at one by one
 * @param detail what was wrong with the whole batch
 * @param elements each element's outcome, in the order of the batch
 */
public record BatchOutcome(Rejection rejection, String detail, List<ElementOutcome> elements) {

	public BatchOutcome {
		elements = List.copyOf(elements);
	}

	static BatchOutcome rejected(Rejection rejection, String detail) {
		return new BatchOutcome(rejection, detail, List.of());
	}

	/** Every element of the batch, its accepted ones now rejected for this reason (storing them was given up). */
	BatchOutcome withAcceptedRejected(Rejection reason, String why) {
		return new BatchOutcome(null, null, elements.stream()
			.map(element -> element.accepted() ? ElementOutcome.rejected(element.index(), reason, why) : element)
			.toList());
	}
}
