package org.tongguan.region.internal;

import org.tongguan.region.RegionLevel;

/**
 * What a boundary import changed.
 *
 * @param level the imported level
 * @param created regions that did not exist before
 * @param updated existing regions whose name, parent or boundary changed
 * @param unchanged existing regions the file repeated as they were
 * @param removed regions a replace import removed
 */
public record ImportResult(RegionLevel level, int created, int updated, int unchanged, int removed) {
}
