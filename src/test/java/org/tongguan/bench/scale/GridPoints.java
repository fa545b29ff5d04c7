package org.tongguan.bench.scale;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.tongguan.shared.geo.GeoFeature;
import org.tongguan.shared.geo.GeoJson;

/**
 * Gives generated history a place on the map: the outline of every grid, read from the platform's GeoJSON export, and a
 * random point inside the grid for each case, written in place of the history's {@code region} column.
 */
final class GridPoints {

	private final Map<String, PreparedGeometry> outlines = new HashMap<>();

	private final Random random = new Random(15);

	private GridPoints() {
	}

	/** The grid outlines of the running platform. */
	static GridPoints read(ScaleApi api) throws IOException, InterruptedException {
		GridPoints points = new GridPoints();
		String export = new String(api.bytes("/api/regions/export?level=GRID", Duration.ofMinutes(2)).body(),
				StandardCharsets.UTF_8);
		for (GeoFeature feature : GeoJson.readFeatureCollection(export)) {
			points.outlines.put(feature.text("code"), PreparedGeometryFactory.prepare(feature.geometry()));
		}
		return points;
	}

	/** Rewrites a history file: the {@code region} column (a grid code) becomes {@code longitude,latitude}. */
	void placeCases(Path history, Path placed) throws IOException {
		try (BufferedReader in = Files.newBufferedReader(history, StandardCharsets.UTF_8);
				BufferedWriter out = Files.newBufferedWriter(placed, StandardCharsets.UTF_8)) {
			List<String> header = List.of(in.readLine().split(",", -1));
			int region = header.indexOf("region");
			out.write(String.join(",", header).replace("region", "longitude,latitude"));
			out.write('\n');
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				String[] values = line.split(",", -1);
				Coordinate point = pointIn(values[region]);
				values[region] = String.format("%.6f,%.6f", point.x, point.y);
				out.write(String.join(",", values));
				out.write('\n');
			}
		}
	}

	/** A point inside each of {@code n} grids picked at random (the same ones on every run). */
	List<Coordinate> samplePoints(int n) {
		List<String> grids = new ArrayList<>(new TreeSet<>(outlines.keySet()));
		Collections.shuffle(grids, new Random(n));
		return grids.stream().limit(n).map(this::pointIn).toList();
	}

	private Coordinate pointIn(String grid) {
		PreparedGeometry outline = outlines.get(grid);
		Geometry shape = outline.getGeometry();
		Envelope box = shape.getEnvelopeInternal();
		for (int attempt = 0; attempt < 20; attempt++) {
			Coordinate candidate = new Coordinate(box.getMinX() + random.nextDouble() * box.getWidth(),
					box.getMinY() + random.nextDouble() * box.getHeight());
			if (outline.contains(GeoJson.FACTORY.createPoint(candidate))) {
				return candidate;
			}
		}
		return shape.getInteriorPoint().getCoordinate();
	}
}
