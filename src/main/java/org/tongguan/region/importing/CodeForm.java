package org.tongguan.region.importing;

import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;

/**
 * The form a region code must have at its level (GB/T 2260 province {@code PP0000}, city {@code PPCC00}, district
 * {@code PPCCDD}; 9, 12 and 15 digits below, GB/T 30428.1) and below its parent (starting with the parent's
 * significant prefix), so that a region's subtree is exactly the codes starting with that prefix.
 */
final class CodeForm {

	private CodeForm() {
	}

	/** What is wrong with the code on its own at this level, or {@code null}. */
	static String problem(RegionLevel level, String code) {
		if (!code.matches("\\d{" + level.digits() + "}")) {
			return "a " + level + " code has " + level.digits() + " digits";
		}
		if (level.digits() == 6 && RegionCode.of(code).isPlatform()) {
			return "000000 is the platform-wide scope, not a region code";
		}
		return switch (level) {
			case PROVINCE -> code.endsWith("0000") ? null : "a PROVINCE code has the form PP0000 (GB/T 2260)";
			case CITY -> code.endsWith("00") ? null : "a CITY code has the form PPCC00 (GB/T 2260)";
			case DISTRICT -> code.endsWith("00") ? "a DISTRICT code has the form PPCCDD with DD from 01 (GB/T 2260)"
					: null;
			default -> null;
		};
	}

	/** What is wrong with the well-formed code below this parent, or {@code null}. */
	static String belowProblem(RegionLevel level, String code, Region parent) {
		String prefix = parent.code().significantPrefix();
		if (level.compareTo(RegionLevel.DISTRICT) <= 0) {
			if (!code.startsWith(prefix) || RegionCode.of(code).significantPrefix().length() <= prefix.length()) {
				return "the code does not lie below its parent " + parent.code() + " " + parent.name()
						+ " (a " + level + " code below it is " + prefix + "…" + ")";
			}
			return null;
		}
		return code.startsWith(parent.code().value()) ? null
				: "the code does not start with its parent's code " + parent.code();
	}
}
