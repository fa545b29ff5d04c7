package org.tongguan.shared.geo.tiles;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The HTTP answer for a vector tile: {@code application/vnd.mapbox-vector-tile} with the tile's bytes, or 204 No
 * Content for an empty tile, cacheable by the caller's browser only for a minute (the contents depend on who asks).
 */
public final class VectorTileResponses {

	/** The media type of Mapbox Vector Tiles. */
	public static final MediaType MVT = MediaType.parseMediaType("application/vnd.mapbox-vector-tile");

	private static final CacheControl PRIVATE_MINUTE = CacheControl.maxAge(Duration.ofSeconds(60)).cachePrivate();

	private VectorTileResponses() {
	}

	/** The answer for a built tile. */
	public static ResponseEntity<byte[]> of(VectorTileBuilder tile) {
		return of(tile.encode());
	}

	/** The answer for an encoded tile; no bytes for an empty one. */
	public static ResponseEntity<byte[]> of(byte[] encoded) {
		if (encoded.length == 0) {
			return ResponseEntity.noContent().cacheControl(PRIVATE_MINUTE).build();
		}
		return ResponseEntity.ok().cacheControl(PRIVATE_MINUTE).contentType(MVT).body(encoded);
	}
}
