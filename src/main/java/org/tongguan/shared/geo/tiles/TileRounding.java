package org.tongguan.shared.geo.tiles;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;

/** Rounds tile coordinates to whole tile units, the only positions an MVT geometry can hold. */
final class TileRounding implements CoordinateSequenceFilter {

	static final TileRounding INSTANCE = new TileRounding();

	private TileRounding() {
	}

	@Override
	public void filter(CoordinateSequence sequence, int i) {
		sequence.setOrdinate(i, 0, Math.round(sequence.getX(i)));
		sequence.setOrdinate(i, 1, Math.round(sequence.getY(i)));
	}

	@Override
	public boolean isDone() {
		return false;
	}

	@Override
	public boolean isGeometryChanged() {
		return true;
	}
}
