package org.tongguan.indicator.registry;

import org.tongguan.identity.DepartmentCode;
import org.tongguan.indicator.AccessGrade;
import org.tongguan.indicator.Direction;
import org.tongguan.indicator.Framework;
import org.tongguan.indicator.Frequency;
import org.tongguan.indicator.IndicatorClass;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.IndicatorDomain;
import org.tongguan.region.RegionLevel;

/**
 * What a search of the registry asks for; every criterion left {@code null} matches every indicator.
 *
 * @param text found in the code or the name, in any letter case
 * @param within the indicator and everything below it
 * @param parent only the indicators directly below this one
 * @param indicatorClass 人, 企, 城 or 政
 * @param domain the domain
 * @param direction the direction
 * @param level the finest region level published
 * @param frequency the frequency
 * @param sourceDepartment the department owning the data
 * @param sourceSystem the source system
 * @param responsibleDepartment the responsible department
 * @param framework mapped to this reference framework
 * @param grade the access grade
 * @param highFrequency high-frequency indicators or the others
 * @param unit the unit, exactly
 * @param includeRetired whether retired indicators are found too
 * @param page the page, from 0
 * @param size the page size, 1 to {@link #LARGEST_PAGE}
 */
public record RegistryQuery(String text, IndicatorCode within, IndicatorCode parent, IndicatorClass indicatorClass,
		IndicatorDomain domain, Direction direction, RegionLevel level, Frequency frequency,
		DepartmentCode sourceDepartment, String sourceSystem, DepartmentCode responsibleDepartment,
		Framework framework, AccessGrade grade, Boolean highFrequency, String unit, boolean includeRetired, int page,
		int size) {

	/** The largest page a search answers. */
	public static final int LARGEST_PAGE = 500;
}
