package org.tongguan.identity.department;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.Regions;
import org.tongguan.shared.Violation;

/**
 * Reads a region given by code or by exact name during one import, resolving names at one level (or any) to exactly
 * one region.
 */
final class RegionNames {

	private final Regions regions;

	RegionNames(Regions regions) {
		this.regions = regions;
	}

	/** The region the value names (a code, or an exact name at the level, any level when null), or a violation. */
	Optional<Region> resolve(String value, RegionLevel level, String field, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			violations.add(new Violation(field, "is required: a region code or exact name"));
			return Optional.empty();
		}
		if (value.matches("\\d{6}|\\d{9}|\\d{12}|\\d{15}")) {
			Optional<Region> region = regions.find(RegionCode.of(value));
			if (region.isEmpty()) {
				violations.add(new Violation(field, "no region has the code " + value));
			}
			return region;
		}
		List<Region> candidates = regions.named(value, level);
		if (candidates.size() == 1) {
			return Optional.of(candidates.get(0));
		}
		String where = level == null ? "" : " " + level;
		violations.add(new Violation(field, candidates.isEmpty() ? "no" + where + " region named '" + value + "'"
				: "'" + value + "' names " + candidates.size() + where + " regions ("
						+ candidates.stream().map(region -> region.code().value()).collect(Collectors.joining(", "))
						+ "); give the code"));
		return Optional.empty();
	}
}
