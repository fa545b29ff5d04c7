package org.tongguan.region.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.locationtech.jts.geom.Geometry;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.internal.Boundary;
import org.tongguan.region.internal.RegionSnapshot;
import org.tongguan.shared.Violation;
import org.tongguan.shared.geo.GeoFeature;

/**
 * Checks each feature of an import on its own (code, name, parent, geometry) and against the file (duplicate codes);
 * features without a problem become {@link Candidate}s, those without a code after one is assigned
 * ({@link CodeAssigner}).
 */
final class CandidateReader {

	private static final int MAX_NAME_LENGTH = 200;

	private final RegionLevel level;

	private final ImportOptions options;

	private final RegionSnapshot current;

	private final List<Violation> violations;

	private final ParentResolver parents;

	private final Map<String, Integer> firstUse = new HashMap<>();

	private final List<ImportResult.AssignedCode> assigned = new ArrayList<>();

	CandidateReader(RegionLevel level, ImportOptions options, RegionSnapshot current, List<Violation> violations) {
		this.level = level;
		this.options = options;
		this.current = current;
		this.violations = violations;
		this.parents = new ParentResolver(level, options, current);
	}

	/** The features that passed, in file order; every problem found is added to the violations. */
	List<Candidate> read(List<GeoFeature> features) {
		List<Candidate> candidates = new ArrayList<>(features.size());
		List<Uncoded> uncoded = new ArrayList<>();
		for (int i = 0; i < features.size(); i++) {
			read(i, features.get(i), candidates, uncoded);
		}
		CodeAssigner assigner = new CodeAssigner(current, firstUse.keySet());
		for (Uncoded feature : uncoded) {
			String code = stored(feature);
			if (code == null) {
				code = assigner.assign(level, feature.parent());
			}
			if (code == null) {
				add(feature.where(), "no free " + level + " code is left under "
						+ (feature.parent() == null ? "the platform" : feature.parent().code())
						+ "; give the code in the file");
			}
			else if (firstUse.putIfAbsent(code, feature.index()) != null) {
				add(feature.where(), "the same " + level + " as features[" + firstUse.get(code) + "] (" + code
						+ " " + feature.name() + ")");
			}
			else {
				assigned.add(new ImportResult.AssignedCode(feature.where(), feature.name(), code));
				candidates.add(candidate(feature.index(), code, feature.name(), feature.parent(), feature.geometry()));
			}
		}
		candidates.sort(Comparator.comparingInt(Candidate::index));
		return candidates;
	}

	/** The well-formed codes the features use or received, whether or not the feature passed. */
	Set<String> codesUsed() {
		return firstUse.keySet();
	}

	/** The codes given to features without one, in file order. */
	List<ImportResult.AssignedCode> assigned() {
		return List.copyOf(assigned);
	}

	private void read(int index, GeoFeature feature, List<Candidate> candidates, List<Uncoded> uncoded) {
		int before = violations.size();
		String where = "features[" + index + "]";
		String code = trimmed(feature.text(options.codeProperty()));
		String name = trimmed(feature.text(options.nameProperty()));
		String label = code == null ? (name == null ? "" : name + ": ") : code + ": ";
		String codeProblem = code == null ? null : CodeForm.problem(level, code);
		if (codeProblem != null) {
			add(where, label + codeProblem);
		}
		else if (code != null && firstUse.putIfAbsent(code, index) != null) {
			add(where, label + "duplicate code, also used by features[" + firstUse.get(code) + "]");
		}
		else if (code != null && otherLevel(code) != null) {
			Region stored = otherLevel(code);
			add(where, label + "the code of the stored " + stored.level() + " " + stored.name()
					+ "; a code names one region of one level");
		}
		if (name == null) {
			add(where, label + "the name is missing (property '" + options.nameProperty() + "')");
		}
		else if (name.length() > MAX_NAME_LENGTH) {
			add(where, label + "the name is longer than " + MAX_NAME_LENGTH + " characters");
		}
		Region parent = parents.resolve(feature, label, message -> add(where, message));
		if (parent != null && code != null && codeProblem == null) {
			String prefixProblem = CodeForm.belowProblem(level, code, parent);
			if (prefixProblem != null) {
				add(where, label + prefixProblem);
			}
		}
		String geometryProblem = GeometryRules.problem(feature.geometry());
		if (geometryProblem != null) {
			add(where, label + geometryProblem);
		}
		if (violations.size() > before) {
			return;
		}
		if (code == null) {
			uncoded.add(new Uncoded(index, name, parent, feature.geometry()));
		}
		else {
			candidates.add(candidate(index, code, name, parent, feature.geometry()));
		}
	}

	/** The stored region with this code at another level than the import's, or {@code null}. */
	private Region otherLevel(String code) {
		Boundary stored = current.boundary(RegionCode.of(code));
		return stored == null || stored.region().level() == level ? null : stored.region();
	}

	/** The code of the one stored region of the level with the feature's name and parent, so re-imports match. */
	private String stored(Uncoded feature) {
		RegionCode parent = feature.parent() == null ? null : feature.parent().code();
		List<Region> same = current.named(feature.name(), level)
			.stream()
			.filter(region -> parent == null ? region.parent() == null : parent.equals(region.parent()))
			.toList();
		return same.size() == 1 ? same.get(0).code().value() : null;
	}

	private Candidate candidate(int index, String code, String name, Region parent, Geometry geometry) {
		return new Candidate(index, new Boundary(new Region(RegionCode.of(code), name, level,
				parent == null ? null : parent.code()), geometry));
	}

	private void add(String where, String message) {
		violations.add(new Violation(where, message));
	}

	static String trimmed(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** A feature that passed its checks but came without a code. */
	private record Uncoded(int index, String name, Region parent, Geometry geometry) {

		String where() {
			return "features[" + index + "]";
		}
	}
}
