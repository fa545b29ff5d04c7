package org.tongguan.region.importing;

import java.util.List;

import org.tongguan.region.RegionLevel;

/**
 * What a boundary import changed.
 *
 * @param level the imported level
 * @param created regions that did not exist before
 * @param updated existing regions whose name, parent or boundary changed
 * @param unchanged existing regions the file repeated as they were
 * @param removed regions a replace import removed
 * @param assigned the codes given to the features that came without one, in file order
 */
public record ImportResult(RegionLevel level, int created, int updated, int unchanged, int removed,
		List<AssignedCode> assigned) {

	/** A result without assigned codes. */
	public ImportResult(RegionLevel level, int created, int updated, int unchanged, int removed) {
		this(level, created, updated, unchanged, removed, List.of());
	}

	/**
	 * The code a feature without one received (docs/regions-import.md gives the rule).
	 *
	 * @param feature where the feature is in the file, e.g. {@code features[3]}
	 * @param name the feature's name
	 * @param code the code it received, or kept from the stored region of the same name and parent
	 */
	public record AssignedCode(String feature, String name, String code) {
	}
}
