package org.tongguan.region.importing;

import org.tongguan.region.RegionCode;

/**
 * How to read and apply a boundary import (边界导入).
 *
 * @param codeProperty the feature property holding the region code (a feature may omit it: a code is assigned)
 * @param nameProperty the feature property holding the region name
 * @param parentProperty the feature property holding the parent's code (ignored for provinces)
 * @param parentNameProperty the feature property holding the parent's exact name instead of its code, or
 * {@code null} when parents are given by code only
 * @param mode merge or replace
 * @param within the region whose subtree the import is limited to (e.g. replace the grids of one community), or
 * {@code null} for the whole platform
 */
public record ImportOptions(String codeProperty, String nameProperty, String parentProperty,
		String parentNameProperty, ImportMode mode, RegionCode within) {

	/** Options with parents given by code only. */
	public ImportOptions(String codeProperty, String nameProperty, String parentProperty, ImportMode mode,
			RegionCode within) {
		this(codeProperty, nameProperty, parentProperty, null, mode, within);
	}
}
