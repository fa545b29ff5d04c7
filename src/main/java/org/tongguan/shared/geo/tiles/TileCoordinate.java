package org.tongguan.shared.geo.tiles;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Envelope;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.Violation;

/**
 * The address of one web-mercator (EPSG:3857) map tile in the XYZ scheme: zoom {@code z} from 0 to
 * {@value #MAX_ZOOM}, column {@code x} from the west and row {@code y} from the north, each from 0 to 2^z − 1.
 *
 * @param z the zoom level
 * @param x the column, from the antimeridian eastwards
 * @param y the row, from the north edge of the map southwards
 */
public record TileCoordinate(int z, int x, int y) {

	/** The deepest zoom the platform serves tiles for. */
	public static final int MAX_ZOOM = 22;

	public TileCoordinate {
		List<Violation> violations = new ArrayList<>();
		check(z, x, y, violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException("No such tile " + z + "/" + x + "/" + y, violations);
		}
	}

	/**
	 * The tile named by the path segments of a tile URL ({@code /{z}/{x}/{y}.mvt}); 400 with a violation per wrong
	 * segment (not a whole number, zoom outside 0–22, column or row outside the zoom's range).
	 */
	public static TileCoordinate parse(String z, String x, String y) {
		List<Violation> violations = new ArrayList<>();
		Integer zoom = number("z", z, violations);
		Integer column = number("x", x, violations);
		Integer row = number("y", y, violations);
		if (violations.isEmpty()) {
			check(zoom, column, row, violations);
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException("No such tile " + z + "/" + x + "/" + y, violations);
		}
		return new TileCoordinate(zoom, column, row);
	}

	/** How many tiles lie along each side of the map at this zoom: 2^z. */
	public long tilesPerSide() {
		return 1L << z;
	}

	/** Metres of the web-mercator plane along one side of the tile. */
	public double width() {
		return 2 * WebMercator.HALF_WORLD / tilesPerSide();
	}

	/** The tile's square in web-mercator metres. */
	public Envelope envelope() {
		double width = width();
		double west = -WebMercator.HALF_WORLD + x * width;
		double north = WebMercator.HALF_WORLD - y * width;
		return new Envelope(west, west + width, north - width, north);
	}

	/** The tile's square grown on every side by {@code fraction} of its width (e.g. 1/64 for a 64-unit buffer). */
	public Envelope envelope(double fraction) {
		Envelope envelope = envelope();
		envelope.expandBy(width() * fraction);
		return envelope;
	}

	/**
	 * The longitudes and latitudes the tile's square, grown by {@code fraction} of its width, spans: what a query on
	 * stored WGS-84 points asks for.
	 */
	public LonLatBox bounds(double fraction) {
		Envelope envelope = envelope(fraction);
		return new LonLatBox(WebMercator.longitude(envelope.getMinX()), WebMercator.latitude(envelope.getMinY()),
				WebMercator.longitude(envelope.getMaxX()), WebMercator.latitude(envelope.getMaxY()));
	}

	private static void check(Integer z, Integer x, Integer y, List<Violation> violations) {
		if (z < 0 || z > MAX_ZOOM) {
			violations.add(new Violation("z", "zoom must lie between 0 and " + MAX_ZOOM));
			return;
		}
		long last = (1L << z) - 1;
		if (x < 0 || x > last) {
			violations.add(new Violation("x", "column must lie between 0 and " + last + " at zoom " + z));
		}
		if (y < 0 || y > last) {
			violations.add(new Violation("y", "row must lie between 0 and " + last + " at zoom " + z));
		}
	}

	private static Integer number(String field, String text, List<Violation> violations) {
		if (text != null && text.matches("\\d{1,9}")) {
			return Integer.valueOf(text);
		}
		violations.add(new Violation(field, "must be a whole number from 0"));
		return null;
	}

	/**
	 * A box of WGS-84 degrees.
	 *
	 * @param west the smallest longitude
	 * @param south the smallest latitude
	 * @param east the largest longitude
	 * @param north the largest latitude
	 */
	public record LonLatBox(double west, double south, double east, double north) {
	}
}
