package org.tongguan.region.importing;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.relateng.RelateNG;
import org.locationtech.jts.operation.relateng.RelatePredicate;
import org.locationtech.jts.operation.relateng.TopologyPredicate;
import org.tongguan.region.internal.Boundary;
import org.tongguan.shared.Violation;

/**
 * Finds regions of one level that overlap by more than the tolerance: each imported feature against the other
 * features and against the stored regions that stay. An STR-tree limits the exact tests to neighbours.
 */
final class OverlapCheck {

	private final double toleranceM2;

	OverlapCheck(double toleranceM2) {
		this.toleranceM2 = toleranceM2;
	}

	/** One violation per imported feature and region it overlaps too much. */
	List<Violation> check(List<Candidate> candidates, List<Boundary> kept) {
		STRtree tree = new STRtree();
		for (Candidate candidate : candidates) {
			tree.insert(candidate.boundary().geometry().getEnvelopeInternal(), new Neighbour(candidate, null));
		}
		for (Boundary boundary : kept) {
			tree.insert(boundary.geometry().getEnvelopeInternal(), new Neighbour(null, boundary));
		}
		List<Violation> violations = new ArrayList<>();
		for (Candidate candidate : candidates) {
			Geometry geometry = candidate.boundary().geometry();
			for (Object item : tree.query(geometry.getEnvelopeInternal())) {
				Neighbour neighbour = (Neighbour) item;
				if (neighbour.candidate() != null && neighbour.candidate().index() >= candidate.index()) {
					continue;
				}
				double overlap = overlap(geometry, neighbour.geometry());
				if (overlap > toleranceM2) {
					violations.add(new Violation(candidate.where(), candidate.code() + ": overlaps "
							+ neighbour.describe() + " by " + LocalArea.format(overlap) + " (tolerance "
							+ LocalArea.format(toleranceM2) + ")"));
				}
			}
		}
		return violations;
	}

	/**
	 * The area both geometries cover in m², computed exactly only when it may exceed the tolerance: neighbours
	 * usually just share edges, which the bounding boxes or the (cheap, unprepared) relate test rule out.
	 */
	private double overlap(Geometry a, Geometry b) {
		Envelope shared = a.getEnvelopeInternal().intersection(b.getEnvelopeInternal());
		if (LocalArea.squareMetres(shared) <= toleranceM2 || !RelateNG.relate(a, b, interiorsIntersect())) {
			return 0;
		}
		return LocalArea.squareMetres(OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION));
	}

	/** A fresh predicate per test: the pattern matchers keep state while evaluating. */
	private static TopologyPredicate interiorsIntersect() {
		return RelatePredicate.matches("T********");
	}

	private record Neighbour(Candidate candidate, Boundary stored) {

		Geometry geometry() {
			return candidate != null ? candidate.boundary().geometry() : stored.geometry();
		}

		String describe() {
			return candidate != null ? candidate.where() + " (" + candidate.code() + ")"
					: "the stored " + stored.region().level() + " " + stored.region().code() + " "
							+ stored.region().name();
		}
	}
}
