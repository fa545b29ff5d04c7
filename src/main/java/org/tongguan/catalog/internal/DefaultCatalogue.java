package org.tongguan.catalog.internal;

import java.util.List;
import java.util.Map;

/**
 * The default catalogue file: the practice it follows, stage limits shared by all sub-categories unless one states
 * its own, the 12345 matter types and the two category trees.
 *
 * @param source the standards and practice the catalogue follows
 * @param stageDefaults stage → limit for every sub-category that does not state that stage
 * @param matterTypes the 12345 matter types
 * @param majors the major categories with their sub-categories
 */
record DefaultCatalogue(String source, Map<String, LimitDraft> stageDefaults, List<MatterEntry> matterTypes,
		List<MajorEntry> majors) {

	/** A 12345 matter type in the file. */
	record MatterEntry(String kind, LimitDraft limit, String practice) {
	}

	/** A major category in the file with its sub-categories (their kind and major come from it). */
	record MajorEntry(String kind, String code, String name, List<CategoryDraft> categories) {
	}
}
