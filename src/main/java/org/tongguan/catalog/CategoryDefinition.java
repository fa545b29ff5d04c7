package org.tongguan.catalog;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.tongguan.region.RegionCode;

/**
 * What one version of a sub-category says: its name, who handles it, its limits and how a case of it is closed.
 *
 * @param name the sub-category's name, e.g. 暴露垃圾
 * @param responsibility who handles it unless a district says otherwise
 * @param districtOverrides district code → who handles it in that district (区级个性化配置)
 * @param limits the overall and per-stage time limits
 * @param closingConditions what must be true to close a case (结案条件)
 * @param legalBasis the laws and rules the handling rests on (法律依据), or {@code null}
 * @param policeMatter whether it is a police matter transferred to 110
 * @param roundTheClock whether its limits run on the 24×7 calendar (emergencies) instead of working hours
 * @param active whether new cases may be filed under it
 */
public record CategoryDefinition(String name, Responsibility responsibility,
		Map<RegionCode, Responsibility> districtOverrides, CategoryLimits limits, String closingConditions,
		String legalBasis, boolean policeMatter, boolean roundTheClock, boolean active) {

	public CategoryDefinition {
		Map<RegionCode, Responsibility> sorted = new LinkedHashMap<>();
		districtOverrides.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey(Comparator.comparing(RegionCode::value)))
			.forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
		districtOverrides = Collections.unmodifiableMap(sorted);
	}

	/** Who handles it in the given district: the district's override, or the default responsibility. */
	public Responsibility responsibilityIn(RegionCode district) {
		return districtOverrides.getOrDefault(district, responsibility);
	}

	/** The same definition, active or not. */
	public CategoryDefinition withActive(boolean active) {
		return new CategoryDefinition(name, responsibility, districtOverrides, limits, closingConditions, legalBasis,
				policeMatter, roundTheClock, active);
	}
}
