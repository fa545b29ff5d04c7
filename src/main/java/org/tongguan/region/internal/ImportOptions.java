package org.tongguan.region.internal;

import org.tongguan.region.RegionCode;

/**
 * How to read and apply a boundary import (边界导入).
 *
 * @param codeProperty the feature property holding the region code
 * @param nameProperty the feature property holding the region name
 * @param parentProperty the feature property holding the parent's code (ignored for the city)
 * @param mode merge or replace
 * @param within the region whose subtree the import is limited to (e.g. replace the grids of one community), or
 * {@code null} for the whole city
 */
public record ImportOptions(String codeProperty, String nameProperty, String parentProperty, ImportMode mode,
		RegionCode within) {
}
