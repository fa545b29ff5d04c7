package org.tongguan.shared.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.Violation;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes GeoJSON (RFC 7946) FeatureCollections in lon/lat (SRID 4326). */
public final class GeoJson {

	/** The factory of every geometry the platform holds: floating precision, SRID 4326. */
	public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private GeoJson() {
	}

	/**
	 * Reads a FeatureCollection; every feature whose geometry cannot be read is reported with its index.
	 *
	 * @throws InvalidInputException when the text is not a FeatureCollection or any feature is unreadable
	 */
	public static List<GeoFeature> readFeatureCollection(String text) {
		JsonNode root = parse(text);
		if (!"FeatureCollection".equals(root.path("type").asString(null)) || !root.path("features").isArray()) {
			throw new InvalidInputException("type", "expected a GeoJSON FeatureCollection with a features array");
		}
		List<GeoFeature> features = new ArrayList<>();
		List<Violation> violations = new ArrayList<>();
		GeoJsonReader reader = new GeoJsonReader(FACTORY);
		JsonNode array = root.path("features");
		for (int i = 0; i < array.size(); i++) {
			JsonNode feature = array.get(i);
			String where = "features[" + i + "]";
			if (!"Feature".equals(feature.path("type").asString(null)) || !feature.path("geometry").isObject()) {
				violations.add(new Violation(where, "expected a Feature with a geometry object"));
				continue;
			}
			try {
				Geometry geometry = reader.read(feature.get("geometry").toString());
				geometry.setSRID(4326);
				features.add(new GeoFeature(idOf(feature), properties(feature), geometry));
			}
			catch (ParseException | RuntimeException e) {
				violations.add(new Violation(where + ".geometry", "unreadable geometry: " + e.getMessage()));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations.size() + " features cannot be read", violations);
		}
		return features;
	}

	/** Writes features as a FeatureCollection, coordinates rounded to {@code decimals} places. */
	public static String writeFeatureCollection(List<GeoFeature> features, int decimals) {
		GeoJsonWriter writer = new GeoJsonWriter(decimals);
		writer.setEncodeCRS(false);
		StringBuilder out = new StringBuilder(features.size() * 256).append("{\"type\":\"FeatureCollection\",\"features\":[");
		for (int i = 0; i < features.size(); i++) {
			GeoFeature feature = features.get(i);
			if (i > 0) {
				out.append(',');
			}
			out.append("{\"type\":\"Feature\"");
			if (feature.id() != null) {
				out.append(",\"id\":").append(JSON.writeValueAsString(feature.id()));
			}
			out.append(",\"properties\":").append(JSON.writeValueAsString(feature.properties()));
			out.append(",\"geometry\":").append(writer.write(feature.geometry())).append('}');
		}
		return out.append("]}").toString();
	}

	private static JsonNode parse(String text) {
		try {
			return JSON.readTree(text == null ? "" : text);
		}
		catch (JacksonException e) {
			throw new InvalidInputException("body", "malformed JSON: " + e.getOriginalMessage());
		}
	}

	private static String idOf(JsonNode feature) {
		JsonNode id = feature.get("id");
		return id == null || id.isNull() ? null : id.asString();
	}

	private static Map<String, Object> properties(JsonNode feature) {
		JsonNode properties = feature.get("properties");
		if (properties == null || !properties.isObject()) {
			return Map.of();
		}
		Map<String, Object> values = new LinkedHashMap<>();
		properties.properties().forEach(entry -> values.put(entry.getKey(), plain(entry.getValue())));
		return values;
	}

	private static Object plain(JsonNode value) {
		if (value.isNull()) {
			return null;
		}
		if (value.isNumber()) {
			return value.numberValue();
		}
		if (value.isBoolean()) {
			return value.booleanValue();
		}
		return value.isValueNode() ? value.asString() : JSON.convertValue(value, Object.class);
	}
}
