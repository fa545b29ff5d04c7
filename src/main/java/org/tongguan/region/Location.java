package org.tongguan.region;

/**
 * Where a point lies in the hierarchy: its unit grid and the community, street and district above it. Levels the
 * city has not mapped at that point are {@code null}; the district is always present.
 */
public record Location(Region grid, Region community, Region street, Region district) {

	/** The most precise region known for the point. */
	public Region finest() {
		if (grid != null) {
			return grid;
		}
		if (community != null) {
			return community;
		}
		return street != null ? street : district;
	}
}
