package org.tongguan.region.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.shared.geo.GeoFeature;
import org.tongguan.shared.geo.GeoJson;

/** The generated Shenzhen demo city (深圳市): real district boundaries, synthetic streets, communities and grids. */
public final class DemoCity {

	private static final RegionCode CITY = RegionCode.of("440300");

	private DemoCity() {
	}

	/** Every region of the demo city with its boundary, ordered by code. */
	public static List<Boundary> generate() {
		List<Boundary> boundaries = new ArrayList<>();
		List<Geometry> districts = new ArrayList<>();
		for (GeoFeature feature : readDistricts()) {
			Region district = new Region(RegionCode.of(feature.id()), feature.text("name"), RegionLevel.DISTRICT, CITY);
			boundaries.add(new Boundary(district, feature.geometry()));
			districts.add(feature.geometry());
		}
		boundaries.add(new Boundary(new Region(CITY, "深圳市", RegionLevel.CITY, null), UnaryUnionOp.union(districts)));
		boundaries.sort(Comparator.comparing(boundary -> boundary.region().code().value()));
		return boundaries;
	}

	private static List<GeoFeature> readDistricts() {
		try (InputStream in = DemoCity.class.getResourceAsStream("/demo/shenzhen-districts.geojson")) {
			return GeoJson.readFeatureCollection(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
