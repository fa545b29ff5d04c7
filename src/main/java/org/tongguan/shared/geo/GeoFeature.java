package org.tongguan.shared.geo;

import java.util.Map;

import org.locationtech.jts.geom.Geometry;

/**
 * One GeoJSON feature: its id, its properties (as plain Java values) and its geometry in lon/lat.
 *
 * @param id the feature's {@code id}, or {@code null}
 * @param properties the feature's properties, never {@code null}
 * @param geometry the feature's geometry
 */
public record GeoFeature(String id, Map<String, Object> properties, Geometry geometry) {

	/** A property as text, or {@code null} when absent or JSON null. */
	public String text(String property) {
		Object value = properties.get(property);
		return value == null ? null : value.toString();
	}
}
