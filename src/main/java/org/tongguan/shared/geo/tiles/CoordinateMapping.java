package org.tongguan.shared.geo.tiles;

import java.util.function.DoubleUnaryOperator;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/** Changes every coordinate of a geometry in place, x and y each by a function of its own. */
final class CoordinateMapping implements CoordinateSequenceFilter {

	/** Rounds tile coordinates to whole tile units, the only positions an MVT geometry can hold. */
	static final CoordinateMapping TILE_ROUNDING = new CoordinateMapping(CoordinateMapping::round,
			CoordinateMapping::round);

	private final DoubleUnaryOperator x;

	private final DoubleUnaryOperator y;

	CoordinateMapping(DoubleUnaryOperator x, DoubleUnaryOperator y) {
		this.x = x;
		this.y = y;
	}

	/** Applies the mapping to the geometry, which it changes. */
	void applyTo(Geometry geometry) {
		geometry.apply(this);
		geometry.geometryChanged();
	}

	/** The nearest whole number, halves rounded up (as {@link Math#round(double)}). */
	static double round(double value) {
		return Math.floor(value + 0.5);
	}

	@Override
	public void filter(CoordinateSequence sequence, int i) {
		sequence.setOrdinate(i, 0, x.applyAsDouble(sequence.getX(i)));
		sequence.setOrdinate(i, 1, y.applyAsDouble(sequence.getY(i)));
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
