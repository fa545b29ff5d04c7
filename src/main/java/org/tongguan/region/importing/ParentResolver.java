package org.tongguan.region.importing;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.internal.RegionSnapshot;
import org.tongguan.shared.geo.GeoFeature;

/**
 * Finds the stored parent a feature names, by code ({@code parent=} property) or by exact name ({@code parentName=}
 * property): provinces have none, a city may have a province or none, every other level needs one.
 */
final class ParentResolver {

	private static final String ANY_CODE = "\\d{6}|\\d{9}|\\d{12}|\\d{15}";

	private final RegionLevel level;

	private final ImportOptions options;

	private final RegionSnapshot current;

	ParentResolver(RegionLevel level, ImportOptions options, RegionSnapshot current) {
		this.level = level;
		this.options = options;
		this.current = current;
	}

	/** The feature's parent, or {@code null} when it has none or it is wrong (then {@code problems} is told why). */
	Region resolve(GeoFeature feature, String label, Consumer<String> problems) {
		RegionLevel above = level.parent();
		if (above == null) {
			return null;
		}
		String byName = options.parentNameProperty() == null ? null
				: CandidateReader.trimmed(feature.text(options.parentNameProperty()));
		String byCode = CandidateReader.trimmed(feature.text(options.parentProperty()));
		Region parent;
		if (byName != null) {
			parent = named(byName, above, label, problems);
		}
		else if (byCode != null) {
			parent = coded(byCode, above, label, problems);
		}
		else {
			if (level != RegionLevel.CITY) {
				problems.accept(label + "the parent " + above + " code is missing (property '" + options.parentProperty()
						+ "'" + (options.parentNameProperty() == null ? ""
								: " or '" + options.parentNameProperty() + "'") + ")");
			}
			return null;
		}
		if (parent != null && options.within() != null && !current.isWithin(parent.code(), options.within())) {
			problems.accept(label + "lies outside " + options.within() + ", the scope of this import");
		}
		return parent;
	}

	private Region coded(String code, RegionLevel above, String label, Consumer<String> problems) {
		Region stored = code.matches(ANY_CODE) ? current.find(RegionCode.of(code)).orElse(null) : null;
		if (stored == null || stored.level() != above) {
			problems.accept(label + "unknown parent " + code + " (orphan): no " + above + " with that code is stored");
			return null;
		}
		return stored;
	}

	private Region named(String name, RegionLevel above, String label, Consumer<String> problems) {
		List<Region> candidates = current.named(name, above);
		if (candidates.size() == 1) {
			return candidates.get(0);
		}
		if (candidates.isEmpty()) {
			problems.accept(label + "no " + above + " region named '" + name + "' is stored (property '"
					+ options.parentNameProperty() + "')");
		}
		else {
			problems.accept(label + candidates.size() + " " + above + " regions are named '" + name + "' ("
					+ candidates.stream().map(region -> region.code().value()).collect(Collectors.joining(", "))
					+ "); give the parent by code (property '" + options.parentProperty() + "')");
		}
		return null;
	}
}
