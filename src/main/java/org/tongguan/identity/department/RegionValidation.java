package org.tongguan.identity.department;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.Regions;
import org.tongguan.shared.Violation;

/**
 * Reads region codes from requests, noting a violation when a code is malformed or names no known region; the
 * platform-wide scope {@code 000000} is known too.
 */
@Component
public class RegionValidation {

	/** The platform-wide scope as a region: no level, no parent. */
	static final Region PLATFORM = new Region(RegionCode.PLATFORM, "全平台", null, null);

	private final Regions regions;

	RegionValidation(Regions regions) {
		this.regions = regions;
	}

	/** The known region the value names, or empty after adding a violation for the field. */
	public Optional<Region> known(String field, String value, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			violations.add(new Violation(field, "is required"));
			return Optional.empty();
		}
		if (!value.matches("\\d{6}|\\d{9}|\\d{12}|\\d{15}")) {
			violations.add(new Violation(field, "'" + value + "' is not a region code (6, 9, 12 or 15 digits)"));
			return Optional.empty();
		}
		if (RegionCode.of(value).isPlatform()) {
			return Optional.of(PLATFORM);
		}
		Optional<Region> region = regions.find(RegionCode.of(value));
		if (region.isEmpty()) {
			violations.add(new Violation(field, "no region has the code " + value));
		}
		return region;
	}
}
