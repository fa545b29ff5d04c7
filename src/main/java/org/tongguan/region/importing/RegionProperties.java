package org.tongguan.region.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the region module.
 *
 * @param overlapToleranceM2 how much two regions of one level may overlap, and a region may lie outside its parent,
 * before an import is refused (m²; boundaries digitised from different sources rarely meet exactly)
 */
@ConfigurationProperties("tongguan.region")
record RegionProperties(@DefaultValue("2000") double overlapToleranceM2) {
}
