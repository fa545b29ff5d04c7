package org.tongguan.region.importing;

import org.tongguan.region.internal.Boundary;

/**
 * A feature of an import file that passed the checks of its own properties and geometry.
 *
 * @param index the feature's position in the file
 * @param boundary the region and boundary it describes
 */
public record Candidate(int index, Boundary boundary) {

	/** Where the feature is in the file, e.g. {@code features[3]}. */
	String where() {
		return "features[" + index + "]";
	}

	/** The feature's code. */
	String code() {
		return boundary.region().code().value();
	}
}
