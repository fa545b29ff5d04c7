package org.tongguan.catalog.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.tongguan.catalog.Responsibility;
import org.tongguan.identity.DepartmentFunction;
import org.tongguan.identity.DepartmentFunctions;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.Regions;
import org.tongguan.shared.Violations;

/**
 * Checks who handles a draft: known department functions (a code or a built-in label such as 城管), a dispatch level of CITY, DISTRICT or STREET with a
 * function at that level, and overrides only for districts the region hierarchy knows.
 */
final class ResponsibilityRules {

	private ResponsibilityRules() {
	}

	/** The responsibility, or {@code null} when it is missing or wrong. */
	static Responsibility responsibility(ResponsibilityDraft draft, String field, DepartmentFunctions functions,
			Violations findings) {
		if (draft == null) {
			findings.add(field, "is required");
			return null;
		}
		int before = findings.count();
		RegionLevel level = findings.choice(RegionLevel.class, draft.dispatchLevel(), field + ".dispatchLevel", true);
		DepartmentFunction city = function(draft.city(), field + ".city", functions, findings);
		DepartmentFunction district = function(draft.district(), field + ".district", functions, findings);
		DepartmentFunction street = function(draft.street(), field + ".street", functions, findings);
		if (findings.count() > before) {
			return null;
		}
		if (level.compareTo(RegionLevel.STREET) > 0) {
			findings.add(field + ".dispatchLevel", "must be CITY, DISTRICT or STREET");
			return null;
		}
		String atLevel = switch (level) {
			case CITY -> draft.city();
			case DISTRICT -> draft.district();
			default -> draft.street();
		};
		if (atLevel == null || atLevel.isBlank()) {
			findings.add(field + "." + level.name().toLowerCase(), "is required: cases are dispatched to " + level);
			return null;
		}
		return new Responsibility(level, city, district, street);
	}

	/** The overrides by district, leaving out (and naming) the wrong ones. */
	static Map<RegionCode, Responsibility> overrides(Map<String, ResponsibilityDraft> drafts, Regions regions,
			DepartmentFunctions functions, Violations findings) {
		Map<RegionCode, Responsibility> overrides = new HashMap<>();
		if (drafts == null) {
			return overrides;
		}
		drafts.forEach((code, draft) -> {
			String field = "districtOverrides." + code;
			Optional<RegionCode> district = district(code, regions, field, findings);
			Responsibility responsibility = responsibility(draft, field, functions, findings);
			if (district.isPresent() && responsibility != null) {
				overrides.put(district.get(), responsibility);
			}
		});
		return overrides;
	}

	private static Optional<RegionCode> district(String code, Regions regions, String field, Violations findings) {
		if (code == null || !code.matches("\\d{6}")) {
			findings.add(field, "'" + code + "' is not a district code (6 digits)");
			return Optional.empty();
		}
		RegionCode regionCode = RegionCode.of(code);
		Optional<Region> region = regions.find(regionCode);
		if (region.isEmpty()) {
			findings.add(field, "there is no region " + code);
			return Optional.empty();
		}
		if (region.get().level() != RegionLevel.DISTRICT) {
			findings.add(field, code + " " + region.get().name() + " is a " + region.get().level()
					+ ", not a district");
			return Optional.empty();
		}
		return Optional.of(regionCode);
	}

	/** The function a code or label names; {@code null} when blank, or (with a violation naming it) unknown. */
	private static DepartmentFunction function(String value, String field, DepartmentFunctions functions,
			Violations findings) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return functions.find(value).orElseGet(() -> {
			findings.add(field, "'" + value + "' is not a known department function (" + functions.codes()
					+ "; a city registers its own with POST /api/admin/department-functions)");
			return null;
		});
	}
}
