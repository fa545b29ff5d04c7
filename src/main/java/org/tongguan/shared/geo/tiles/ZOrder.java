package org.tongguan.shared.geo.tiles;

/**
 * Z-order (Morton) keys of points on the web-mercator map at zoom {@value #ZOOM}: the bits of a point's tile column
 * and row interleaved, so that the points of any tile at that zoom or above have keys in one contiguous range. Points
 * sorted by key can then be read tile by tile with two binary searches, and the cells of a grid laid over a tile are
 * the next bits of the key.
 */
public final class ZOrder {

	/** The zoom whose tiles the keys resolve (about 70 m at the latitude of Shenzhen). */
	public static final int ZOOM = 19;

	private static final long SIDE = 1L << ZOOM;

	private ZOrder() {
	}

	/** The key of a WGS-84 point. */
	public static long key(double longitude, double latitude) {
		long column = clamp((WebMercator.x(longitude) + WebMercator.HALF_WORLD) / (2 * WebMercator.HALF_WORLD) * SIDE);
		long row = clamp((WebMercator.HALF_WORLD - WebMercator.y(latitude)) / (2 * WebMercator.HALF_WORLD) * SIDE);
		return spread(column) | spread(row) << 1;
	}

	/** The first key of the points in a tile (zoom at most {@value #ZOOM}). */
	public static long first(TileCoordinate tile) {
		return (spread(tile.x()) | spread(tile.y()) << 1) << 2 * (ZOOM - tile.z());
	}

	/** The key after the last key of the points in a tile. */
	public static long end(TileCoordinate tile) {
		return first(tile) + (1L << 2 * (ZOOM - tile.z()));
	}

	/**
	 * The cell of a key within its tile when the tile is divided into 2^bits × 2^bits cells, numbered in Z-order from
	 * 0 ({@code tile.z() + bits} at most {@value #ZOOM}).
	 */
	public static int cell(long key, int zoom, int bits) {
		return (int) (key >>> 2 * (ZOOM - zoom - bits)) & ((1 << 2 * bits) - 1);
	}

	private static long clamp(double position) {
		return Math.max(0, Math.min(SIDE - 1, (long) Math.floor(position)));
	}

	/** The bits of {@code value} (up to 32) moved to the even positions of a long. */
	private static long spread(long value) {
		long v = value & 0xFFFFFFFFL;
		v = (v | v << 16) & 0x0000FFFF0000FFFFL;
		v = (v | v << 8) & 0x00FF00FF00FF00FFL;
		v = (v | v << 4) & 0x0F0F0F0F0F0F0F0FL;
		v = (v | v << 2) & 0x3333333333333333L;
		return (v | v << 1) & 0x5555555555555555L;
	}
}
