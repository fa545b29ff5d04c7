package org.tongguan.indicator.internal;

import org.tongguan.identity.Caller;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.Regions;
import org.tongguan.shared.Violations;

/** Reads the region a read asks for, the caller's data scope when none is named. */
public final class ScopeRegions {

	private ScopeRegions() {
	}

	/**
	 * The region named by {@code text}, or the caller's scope when the text is blank; {@code null} with a problem on
	 * {@code region} when the platform has no such region (or none is named and the scope is the whole platform).
	 */
	public static Region read(Regions regions, String text, Caller caller, Violations problems) {
		boolean named = text != null && !text.isBlank();
		String code = named ? text.strip() : caller.scope().value();
		Region region = RegionCode.isValid(code) ? regions.find(RegionCode.of(code)).orElse(null) : null;
		if (region == null) {
			problems.add("region", named ? "the platform has no region '" + text + "'"
					: "is required (your data scope is the whole platform)");
		}
		return region;
	}
}
