package org.tongguan.region;

/**
 * A region of the hierarchy, without its boundary.
 *
 * @param code its code
 * @param name its name, e.g. 福田区
 * @param level its level
 * @param parent the code of the region it belongs to, {@code null} for a province or a city without one
 */
public record Region(RegionCode code, String name, RegionLevel level, RegionCode parent) {
}
