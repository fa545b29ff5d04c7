package org.tongguan.region.importing;

import java.util.List;

import org.tongguan.region.RegionLevel;

/**
 * What a boundary import would change, without storing anything (导入预览): the counts of {@link ImportResult}, what
 * becomes of each feature of the file, and the stored regions a replace would remove.
 *
 * @param level the imported level
 * @param created how many regions would be created
 * @param updated how many stored regions would change
 * @param unchanged how many features repeat a stored region exactly
 * @param removed how many stored regions a replace would remove
 * @param assigned the codes features without one would receive
 * @param features each feature of the file, in file order, with its code and what would become of it
 * @param removedRegions the stored regions a replace would remove
 */
public record ImportPreview(RegionLevel level, int created, int updated, int unchanged, int removed,
		List<ImportResult.AssignedCode> assigned, List<FeatureChange> features, List<RemovedRegion> removedRegions) {

	/** What an import does with one region. */
	public enum Change {
		/** a new region */
		CREATED,
		/** a stored region whose name, parent or boundary changes */
		UPDATED,
		/** a stored region the file repeats as it is */
		UNCHANGED
	}

	/**
	 * One feature of the file and what the import would make of it.
	 *
	 * @param feature where the feature is in the file, e.g. {@code features[3]}
	 * @param code the region code it has or would receive
	 * @param name the region's name
	 * @param parent the code of its parent region, {@code null} for a province
	 * @param change what the import would do with it
	 */
	public record FeatureChange(String feature, String code, String name, String parent, Change change) {
	}

	/**
	 * A stored region a replace import would remove.
	 *
	 * @param code its code
	 * @param name its name
	 */
	public record RemovedRegion(String code, String name) {
	}
}
