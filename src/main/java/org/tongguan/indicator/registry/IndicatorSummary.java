package org.tongguan.indicator.registry;

import org.tongguan.indicator.AccessGrade;
import org.tongguan.indicator.Direction;
import org.tongguan.indicator.Frequency;
import org.tongguan.indicator.IndicatorClass;
import org.tongguan.indicator.IndicatorDomain;
import org.tongguan.region.RegionLevel;

/**
 * An indicator as a search lists it.
 *
 * @param code its code
 * @param parent the code one level up, {@code null} for a first-level indicator
 * @param name its name
 * @param unit its unit
 * @param direction its direction
 * @param indicatorClass 人, 企, 城 or 政
 * @param domain its domain
 * @param level the finest region level it is published for
 * @param frequency its frequency
 * @param sourceDepartment the department owning its data
 * @param sourceSystem its source system
 * @param responsibleDepartment its responsible department
 * @param grade its access grade
 * @param highFrequency whether it is a high-frequency indicator
 * @param retired whether it is retired
 * @param version its current version
 */
public record IndicatorSummary(String code, String parent, String name, String unit, Direction direction,
		IndicatorClass indicatorClass, IndicatorDomain domain, RegionLevel level, Frequency frequency,
		String sourceDepartment, String sourceSystem, String responsibleDepartment, AccessGrade grade,
		boolean highFrequency, boolean retired, int version) {
}
