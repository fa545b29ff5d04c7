package org.tongguan.region.web;

import java.util.Arrays;
import java.util.Locale;

import org.tongguan.region.RegionLevel;
import org.tongguan.shared.InvalidInputException;

/** Reads a region level from a request, in any letter case, and names the valid levels when it is not one. */
final class LevelParameter {

	private LevelParameter() {
	}

	static RegionLevel parse(String parameter, String value) {
		try {
			return RegionLevel.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(parameter,
					"'" + value + "' is not a level; expected one of " + Arrays.toString(RegionLevel.values()));
		}
	}
}
