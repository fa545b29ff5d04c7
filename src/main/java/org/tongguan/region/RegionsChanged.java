package org.tongguan.region;

import java.util.List;

/**
 * Published after an import changed the boundaries of the given levels and the spatial index was rebuilt.
 *
 * @param levels the levels whose regions were created, changed or removed
 * @param regionCount how many regions the import wrote
 */
public record RegionsChanged(List<RegionLevel> levels, int regionCount) {
}
