package org.tongguan.catalog;

import java.util.Optional;

import org.tongguan.identity.DepartmentFunction;
import org.tongguan.region.RegionLevel;

/**
 * Who handles a sub-category: the department function responsible at each region level and the level cases are
 * dispatched to by default (派遣层级). A level without a function has no department for this matter.
 *
 * @param dispatchLevel CITY, DISTRICT or STREET; its function is never {@code null}
 * @param city the function responsible at city level, or {@code null}
 * @param district the function responsible at district level, or {@code null}
 * @param street the function responsible at street level, or {@code null}
 */
public record Responsibility(RegionLevel dispatchLevel, DepartmentFunction city, DepartmentFunction district,
		DepartmentFunction street) {

	public Responsibility {
		if (dispatchLevel == null || dispatchLevel.compareTo(RegionLevel.STREET) > 0) {
			throw new IllegalArgumentException("Cases are dispatched to CITY, DISTRICT or STREET, not " + dispatchLevel);
		}
		if (functionAt(dispatchLevel, city, district, street) == null) {
			throw new IllegalArgumentException("No function responsible at the dispatch level " + dispatchLevel);
		}
	}

	/** The function responsible at a level, empty when that level has none for this matter. */
	public Optional<DepartmentFunction> at(RegionLevel level) {
		return Optional.ofNullable(functionAt(level, city, district, street));
	}

	/** The function cases are dispatched to by default. */
	public DepartmentFunction dispatchFunction() {
		return functionAt(dispatchLevel, city, district, street);
	}

	private static DepartmentFunction functionAt(RegionLevel level, DepartmentFunction city,
			DepartmentFunction district, DepartmentFunction street) {
		return switch (level) {
			case CITY -> city;
			case DISTRICT -> district;
			case STREET -> street;
			default -> null;
		};
	}
}
