package org.tongguan.region.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.shared.Violation;
import org.tongguan.shared.geo.GeoFeature;

/**
 * Checks each feature of an import on its own (code, name, parent, geometry) and against the file (duplicate codes);
 * features without a problem become {@link Candidate}s.
 */
final class CandidateReader {

	private static final int MAX_NAME_LENGTH = 200;

	private static final Pattern ANY_CODE = Pattern.compile("\\d{6}|\\d{9}|\\d{12}|\\d{15}");

	private final RegionLevel level;

	private final ImportOptions options;

	private final RegionSnapshot current;

	private final Pattern levelCode;

	private final List<Violation> violations;

	private final Map<String, Integer> firstUse = new HashMap<>();

	CandidateReader(RegionLevel level, ImportOptions options, RegionSnapshot current, List<Violation> violations) {
		this.level = level;
		this.options = options;
		this.current = current;
		this.levelCode = Pattern.compile("\\d{" + digits(level) + "}");
		this.violations = violations;
	}

	/** The features that passed; every problem found is added to the violations. */
	List<Candidate> read(List<GeoFeature> features) {
		List<Candidate> candidates = new ArrayList<>(features.size());
		for (int i = 0; i < features.size(); i++) {
			Candidate candidate = read(i, features.get(i));
			if (candidate != null) {
				candidates.add(candidate);
			}
		}
		return candidates;
	}

	/** The well-formed codes the features use, whether or not the feature passed. */
	Set<String> codesUsed() {
		return firstUse.keySet();
	}

	private Candidate read(int index, GeoFeature feature) {
		int before = violations.size();
		String where = "features[" + index + "]";
		String code = trimmed(feature.text(options.codeProperty()));
		String name = trimmed(feature.text(options.nameProperty()));
		String label = code == null ? "" : code + ": ";
		if (code == null) {
			add(where, "the code is missing (property '" + options.codeProperty() + "')");
		}
		else if (!levelCode.matcher(code).matches()) {
			add(where, label + "a " + level + " code has " + digits(level) + " digits");
		}
		else if (firstUse.putIfAbsent(code, index) != null) {
			add(where, label + "duplicate code, also used by features[" + firstUse.get(code) + "]");
		}
		if (name == null) {
			add(where, label + "the name is missing (property '" + options.nameProperty() + "')");
		}
		else if (name.length() > MAX_NAME_LENGTH) {
			add(where, label + "the name is longer than " + MAX_NAME_LENGTH + " characters");
		}
		RegionCode parent = level == RegionLevel.CITY ? null : parent(where, label, code, feature);
		String geometryProblem = GeometryRules.problem(feature.geometry());
		if (geometryProblem != null) {
			add(where, label + geometryProblem);
		}
		if (violations.size() > before) {
			return null;
		}
		return new Candidate(index, new Boundary(new Region(RegionCode.of(code), name, level, parent),
				feature.geometry()));
	}

	private RegionCode parent(String where, String label, String code, GeoFeature feature) {
		RegionLevel above = level.parent();
		String parent = trimmed(feature.text(options.parentProperty()));
		if (parent == null) {
			add(where, label + "the parent " + above + " code is missing (property '" + options.parentProperty()
					+ "')");
			return null;
		}
		Region stored = ANY_CODE.matcher(parent).matches()
				? current.find(RegionCode.of(parent)).orElse(null) : null;
		if (stored == null || stored.level() != above) {
			add(where, label + "unknown parent " + parent + " (orphan): no " + above + " with that code is stored");
			return null;
		}
		if (level.compareTo(RegionLevel.STREET) >= 0 && code != null && !code.startsWith(parent)) {
			add(where, label + "the code does not start with its parent's code " + parent);
		}
		if (options.within() != null && !current.isWithin(stored.code(), options.within())) {
			add(where, label + "lies outside " + options.within() + ", the scope of this import");
		}
		return stored.code();
	}

	private void add(String where, String message) {
		violations.add(new Violation(where, message));
	}

	private static String trimmed(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static int digits(RegionLevel level) {
		return switch (level) {
			case CITY, DISTRICT -> 6;
			case STREET -> 9;
			case COMMUNITY -> 12;
			case GRID -> 15;
		};
	}
}
