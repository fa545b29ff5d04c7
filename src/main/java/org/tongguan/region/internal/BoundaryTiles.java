package org.tongguan.region.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;
import org.springframework.stereotype.Component;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.shared.geo.tiles.TileCoordinate;
import org.tongguan.shared.geo.tiles.VectorTileBuilder;

/**
 * The region boundaries as vector tiles (layers {@code boundary} and {@code label}): the levels a zoom shows (district
 * to z 10, street z 9–12, community z 11–14, grid from z 13), only regions within the caller's data scope. The
 * outlines are held in web mercator in one R-tree per level, built once per region snapshot (so a boundary import,
 * which installs a new snapshot, is drawn from the next tile on).
 */
@Component
public class BoundaryTiles {

	/** The layer of outlines. */
	public static final String BOUNDARY = "boundary";

	/** The layer of label points. */
	public static final String LABEL = "label";

	/** Tiles up to this zoom are kept once drawn (about 200 tiles of up to 35 kB cover a city per scope). */
	static final int CACHED_UP_TO = 13;

	/** The most bytes of tiles kept per region snapshot. */
	private static final long CACHE_BYTES = 16L << 20;

	private final RegionService regions;

	private volatile TileIndex index;

	BoundaryTiles(RegionService regions) {
		this.regions = regions;
	}

	/** The levels drawn at a zoom, coarsest first. */
	public static List<RegionLevel> levelsAt(int zoom) {
		return java.util.stream.Stream.of(RegionLevel.DISTRICT, RegionLevel.STREET, RegionLevel.COMMUNITY,
				RegionLevel.GRID).filter(level -> shows(level, zoom)).toList();
	}

	/**
	 * The tile's boundaries and labels of the regions within {@code scope}'s subtree, MVT-encoded (empty when there
	 * are none). Tiles up to zoom {@value #CACHED_UP_TO} are kept per scope until the regions change, up to 16 MB.
	 */
	public byte[] tile(TileCoordinate coordinate, RegionCode scope) {
		TileIndex current = index();
		if (coordinate.z() > CACHED_UP_TO) {
			return draw(current, coordinate, scope).encode();
		}
		TileKey key = new TileKey(coordinate, scope);
		byte[] kept = current.encoded.get(key);
		if (kept == null) {
			kept = draw(current, coordinate, scope).encode();
			if (current.encodedBytes.addAndGet(kept.length) <= CACHE_BYTES) {
				current.encoded.put(key, kept);
			}
		}
		return kept;
	}

	private static VectorTileBuilder draw(TileIndex current, TileCoordinate coordinate, RegionCode scope) {
		VectorTileBuilder tile = new VectorTileBuilder(coordinate);
		Envelope clip = tile.clipEnvelope();
		Envelope square = coordinate.envelope();
		for (RegionLevel level : levelsAt(coordinate.z())) {
			for (Object found : current.trees.get(level).query(clip)) {
				TiledRegion region = (TiledRegion) found;
				if (!current.snapshot.isWithin(region.region().code(), scope)) {
					continue;
				}
				tile.shape(BOUNDARY, region.outline(coordinate.z()), region.properties());
				Point label = region.label();
				if (square.contains(label.getX(), label.getY())) {
					tile.point(LABEL, label.getX(), label.getY(), region.properties());
				}
			}
		}
		return tile;
	}

	private static boolean shows(RegionLevel level, int zoom) {
		return switch (level) {
			case DISTRICT -> zoom <= 10;
			case STREET -> zoom >= 9 && zoom <= 12;
			case COMMUNITY -> zoom >= 11 && zoom <= 14;
			case GRID -> zoom >= 13;
			default -> false;
		};
	}

	/** The index of the snapshot the regions answer from now, built on first use after each change. */
	private TileIndex index() {
		RegionSnapshot snapshot = regions.current();
		TileIndex current = index;
		if (current != null && current.snapshot == snapshot) {
			return current;
		}
		synchronized (this) {
			if (index == null || index.snapshot != regions.current()) {
				index = new TileIndex(regions.current());
			}
			return index;
		}
	}

	/**
	 * Thins a district's, street's or community's outline for every zoom that draws it, so that no tile waits for it;
	 * grids (tens of thousands) are thinned on first use.
	 */
	private static void thinForEveryZoom(TiledRegion region, RegionLevel level) {
		for (int zoom = 0; zoom <= TileCoordinate.MAX_ZOOM; zoom++) {
			if (shows(level, zoom)) {
				region.outline(zoom);
			}
		}
	}

	/** A tile as one scope sees it. */
	private record TileKey(TileCoordinate tile, RegionCode scope) {
	}

	/** The tiled regions of one snapshot, one R-tree per drawn level, and the coarse tiles drawn from them. */
	private static final class TileIndex {

		private final RegionSnapshot snapshot;

		private final Map<RegionLevel, STRtree> trees = new EnumMap<>(RegionLevel.class);

		private final Map<TileKey, byte[]> encoded = new ConcurrentHashMap<>();

		private final AtomicLong encodedBytes = new AtomicLong();

		TileIndex(RegionSnapshot snapshot) {
			this.snapshot = snapshot;
			for (RegionLevel level : List.of(RegionLevel.DISTRICT, RegionLevel.STREET, RegionLevel.COMMUNITY,
					RegionLevel.GRID)) {
				STRtree tree = new STRtree();
				for (Boundary boundary : snapshot.level(level)) {
					TiledRegion region = new TiledRegion(boundary);
					tree.insert(region.outline().getEnvelopeInternal(), region);
					if (level != RegionLevel.GRID) {
						thinForEveryZoom(region, level);
					}
				}
				tree.build();
				trees.put(level, tree);
			}
		}
	}
}
