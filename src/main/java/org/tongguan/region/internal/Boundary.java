package org.tongguan.region.internal;

import org.locationtech.jts.geom.Geometry;
import org.tongguan.region.Region;

/**
 * A region with its boundary (a Polygon or MultiPolygon in lon/lat).
 *
 * @param region the region
 * @param geometry its boundary
 */
public record Boundary(Region region, Geometry geometry) {
}
