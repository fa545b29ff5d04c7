package org.tongguan.region.importing;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.tongguan.region.Region;
import org.tongguan.region.internal.Boundary;
import org.tongguan.region.internal.RegionSnapshot;
import org.tongguan.shared.Violation;

/**
 * Finds regions that would lie outside their parent by more than the tolerance: imported features against their
 * stored parent, and the stored children of an imported region against its new boundary.
 */
final class ContainmentCheck {

	private final double toleranceM2;

	private final Map<Geometry, PreparedGeometry> prepared = new IdentityHashMap<>();

	ContainmentCheck(double toleranceM2) {
		this.toleranceM2 = toleranceM2;
	}

	/** One violation per feature outside its parent and per stored child left outside an imported boundary. */
	List<Violation> check(List<Candidate> candidates, RegionSnapshot current) {
		List<Violation> violations = new ArrayList<>();
		for (Candidate candidate : candidates) {
			Region region = candidate.boundary().region();
			Geometry geometry = candidate.boundary().geometry();
			if (region.parent() != null) {
				Boundary parent = current.boundary(region.parent());
				double outside = outside(geometry, parent.geometry());
				if (outside > toleranceM2) {
					violations.add(new Violation(candidate.where(), candidate.code() + ": lies "
							+ LocalArea.format(outside) + " outside its parent " + describe(parent.region())
							+ " (tolerance " + LocalArea.format(toleranceM2) + ")"));
				}
			}
			for (Region child : current.children(region.code())) {
				double outside = outside(current.boundary(child.code()).geometry(), geometry);
				if (outside > toleranceM2) {
					violations.add(new Violation(candidate.where(), candidate.code() + ": the new boundary leaves "
							+ LocalArea.format(outside) + " of its " + child.level() + " " + describe(child)
							+ " outside (tolerance " + LocalArea.format(toleranceM2) + ")"));
				}
			}
		}
		return violations;
	}

	/** The area of {@code child} outside {@code parent}, in m² (zero without computing it when fully inside). */
	private double outside(Geometry child, Geometry parent) {
		if (prepared.computeIfAbsent(parent, PreparedGeometryFactory::prepare).covers(child)) {
			return 0;
		}
		return LocalArea.squareMetres(OverlayNGRobust.overlay(child, parent, OverlayNG.DIFFERENCE));
	}

	private static String describe(Region region) {
		return region.code() + " " + region.name();
	}
}
