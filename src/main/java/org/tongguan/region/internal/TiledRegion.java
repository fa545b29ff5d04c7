package org.tongguan.region.internal;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.tongguan.region.Region;
import org.tongguan.shared.geo.tiles.WebMercator;
import org.tongguan.shared.geo.tiles.ZoomSimplification;

/**
 * A region as the boundary tiles draw it: its outline in web-mercator metres, thinned once per zoom on first use, and
 * the point its label stands at (inside the outline, on its widest part).
 */
final class TiledRegion {

	/** From this zoom on the outline is drawn at full detail. */
	private static final int FULL_DETAIL = 17;

	private final Region region;

	private final Geometry outline;

	private final Point label;

	private final Map<String, Object> properties;

	private final AtomicReferenceArray<Geometry> byZoom = new AtomicReferenceArray<>(FULL_DETAIL);

	TiledRegion(Boundary boundary) {
		this.region = boundary.region();
		this.outline = WebMercator.project(boundary.geometry());
		this.label = outline.getInteriorPoint();
		this.properties = Map.of("code", region.code().value(), "name", region.name(), "level",
				region.level().name());
	}

	Region region() {
		return region;
	}

	/** The full-detail outline, in web-mercator metres. */
	Geometry outline() {
		return outline;
	}

	Point label() {
		return label;
	}

	/** The feature properties: code, name and level. */
	Map<String, Object> properties() {
		return properties;
	}

	/** The outline with the detail the zoom can show. */
	Geometry outline(int zoom) {
		if (zoom >= FULL_DETAIL) {
			return outline;
		}
		Geometry simple = byZoom.get(zoom);
		if (simple == null) {
			simple = ZoomSimplification.atZoom(outline, zoom);
			byZoom.set(zoom, simple);
		}
		return simple;
	}
}
