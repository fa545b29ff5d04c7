package org.tongguan.region.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tongguan.region.Region;
import org.tongguan.shared.geo.GeoFeature;
import org.tongguan.shared.geo.GeoJson;

/** Renders boundaries as a GeoJSON FeatureCollection with the properties an import reads back by default. */
final class BoundaryExport {

	/** Six decimals of a degree are about 0.1 m: exact enough for any boundary, a third shorter than full precision. */
	static final int DECIMALS = 6;

	private BoundaryExport() {
	}

	/** The boundaries as UTF-8 GeoJSON; each feature's id is its code. */
	static byte[] render(List<Boundary> boundaries) {
		List<GeoFeature> features = boundaries.stream().map(BoundaryExport::feature).toList();
		return GeoJson.writeFeatureCollection(features, DECIMALS).getBytes(StandardCharsets.UTF_8);
	}

	private static GeoFeature feature(Boundary boundary) {
		Region region = boundary.region();
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("code", region.code().value());
		properties.put("name", region.name());
		properties.put("level", region.level().name());
		properties.put("parent", region.parent() == null ? null : region.parent().value());
		return new GeoFeature(region.code().value(), properties, boundary.geometry());
	}
}
