package org.tongguan.region.importing;

import java.util.ArrayList;
import java.util.List;

import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.internal.Boundary;
import org.tongguan.region.internal.RegionSnapshot;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.OutOfScopeException;
import org.tongguan.shared.Violation;
import org.tongguan.shared.geo.GeoFeature;

/**
 * Validates a whole boundary import against the stored hierarchy before anything is written, and turns it into an
 * {@link ImportPlan}; every problem is reported, per feature, in one {@link InvalidInputException}.
 */
final class ImportValidator {

	/** More problems than this are counted but not listed. */
	private static final int MAX_LISTED = 1000;

	/** Vertices this close (about 0.1 m) are the same, so re-importing an export (6 decimals) changes nothing. */
	private static final double SAME_POSITION_DEGREES = 1e-6;

	private final double toleranceM2;

	ImportValidator(double toleranceM2) {
		this.toleranceM2 = toleranceM2;
	}

	/** The changes the import makes, for a caller with the platform-wide data scope. */
	ImportPlan validate(RegionLevel level, List<GeoFeature> features, ImportOptions options, RegionSnapshot current) {
		return validate(level, features, options, current, RegionCode.PLATFORM);
	}

	/**
	 * The changes the import makes, for a caller who may edit the subtree of {@code editable}.
	 *
	 * @throws OutOfScopeException naming every change outside that subtree, before any other problem
	 * @throws InvalidInputException listing every problem, when there is any
	 */
	ImportPlan validate(RegionLevel level, List<GeoFeature> features, ImportOptions options, RegionSnapshot current,
			RegionCode editable) {
		EditingScopeCheck editing = new EditingScopeCheck(editable, current);
		checkScope(level, options.within(), current);
		editing.checkWithin(options.within());
		if (features.isEmpty()) {
			throw new InvalidInputException("features", "the file has no features; nothing to import");
		}
		List<Violation> violations = new ArrayList<>();
		CandidateReader reader = new CandidateReader(level, options, current, violations);
		List<Candidate> candidates = reader.read(features);
		List<Boundary> kept = new ArrayList<>();
		List<RegionCode> removed = new ArrayList<>();
		for (Boundary stored : current.level(level)) {
			Region region = stored.region();
			if (reader.codesUsed().contains(region.code().value())) {
				continue;
			}
			if (options.mode() == ImportMode.REPLACE && inScope(region, options.within(), current)) {
				removed.add(region.code());
				checkRemoval(region, current, violations);
			}
			else {
				kept.add(stored);
			}
		}
		editing.check(candidates, removed);
		violations.addAll(new OverlapCheck(toleranceM2).check(candidates, kept));
		violations.addAll(new ContainmentCheck(toleranceM2).check(candidates, current));
		if (!violations.isEmpty()) {
			throw refused(violations);
		}
		return plan(level, candidates, removed, current, reader.assigned());
	}

	private static ImportPlan plan(RegionLevel level, List<Candidate> candidates, List<RegionCode> removed,
			RegionSnapshot current, List<ImportResult.AssignedCode> assigned) {
		List<Boundary> created = new ArrayList<>();
		List<Boundary> updated = new ArrayList<>();
		List<ImportPreview.FeatureChange> changes = new ArrayList<>();
		int unchanged = 0;
		for (Candidate candidate : candidates) {
			Boundary next = candidate.boundary();
			Boundary stored = current.boundary(next.region().code());
			ImportPreview.Change change;
			if (stored == null) {
				created.add(next);
				change = ImportPreview.Change.CREATED;
			}
			else if (stored.region().equals(next.region())
					&& stored.geometry().equalsExact(next.geometry(), SAME_POSITION_DEGREES)) {
				unchanged++;
				change = ImportPreview.Change.UNCHANGED;
			}
			else {
				updated.add(next);
				change = ImportPreview.Change.UPDATED;
			}
			Region region = next.region();
			changes.add(new ImportPreview.FeatureChange(candidate.where(), region.code().value(), region.name(),
					region.parent() == null ? null : region.parent().value(), change));
		}
		return new ImportPlan(level, created, updated, unchanged, removed, assigned, changes);
	}

	private static void checkScope(RegionLevel level, RegionCode within, RegionSnapshot current) {
		if (within == null) {
			return;
		}
		Region scope = current.find(within).orElse(null);
		if (scope == null) {
			throw new InvalidInputException("within", "no region " + within + " is stored");
		}
		if (scope.level().compareTo(level) >= 0) {
			throw new InvalidInputException("within", "the scope must be a region above the " + level
					+ " level, not the " + scope.level() + " " + within);
		}
	}

	private static boolean inScope(Region region, RegionCode within, RegionSnapshot current) {
		return within == null || current.isWithin(region.code(), within);
	}

	private static void checkRemoval(Region region, RegionSnapshot current, List<Violation> violations) {
		List<Region> children = current.children(region.code());
		if (!children.isEmpty()) {
			violations.add(new Violation(region.code().value(), "removing " + region.code() + " " + region.name()
					+ " would orphan its " + children.size() + " " + children.get(0).level()
					+ " regions; keep it in the file or remove them first"));
		}
	}

	private static InvalidInputException refused(List<Violation> violations) {
		String summary = violations.size() + (violations.size() == 1 ? " problem" : " problems")
				+ " in the import; nothing was stored";
		if (violations.size() <= MAX_LISTED) {
			return new InvalidInputException(summary, violations);
		}
		List<Violation> listed = new ArrayList<>(violations.subList(0, MAX_LISTED));
		listed.add(new Violation("features", (violations.size() - MAX_LISTED) + " more problems not listed"));
		return new InvalidInputException(summary, listed);
	}
}
