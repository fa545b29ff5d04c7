package org.tongguan.region.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.tongguan.region.Region;
import org.tongguan.shared.geo.GeoJson;

/** An immutable, thread-safe point → region index over a set of boundaries. */
public final class SpatialIndex {

	private final STRtree tree = new STRtree();

	private final int size;

	private SpatialIndex(Collection<Boundary> boundaries) {
		for (Boundary boundary : boundaries) {
			tree.insert(boundary.geometry().getEnvelopeInternal(),
					new Entry(boundary.region(), PreparedGeometryFactory.prepare(boundary.geometry())));
		}
		tree.build();
		this.size = boundaries.size();
	}

	/** An index over these boundaries. */
	public static SpatialIndex of(Collection<Boundary> boundaries) {
		return new SpatialIndex(new ArrayList<>(boundaries));
	}

	/** The region whose boundary contains the point, or {@code null}. */
	public Region locate(double longitude, double latitude) {
		Point point = GeoJson.FACTORY.createPoint(new Coordinate(longitude, latitude));
		@SuppressWarnings("unchecked")
		List<Entry> candidates = tree.query(point.getEnvelopeInternal());
		for (Entry entry : candidates) {
			if (entry.geometry().covers(point)) {
				return entry.region();
			}
		}
		return null;
	}

	/** How many boundaries the index holds. */
	public int size() {
		return size;
	}

	private record Entry(Region region, PreparedGeometry geometry) {
	}
}
