package org.tongguan.indicator;

import java.time.Duration;
import java.util.List;

import org.tongguan.identity.DepartmentCode;
import org.tongguan.region.RegionLevel;

/**
 * 一指标一方案 — one indicator's plan: what it measures and how, where and how often it is published, its one source
 * and its responsible department, who may see it, and how it warns.
 *
 * @param code its hierarchical code; its parent (one level up) is an indicator of the registry too
 * @param name its name, e.g. 空气质量优良天数比例
 * @param definition what it measures (指标定义)
 * @param caliber its statistical caliber (统计口径): what is counted, over which population and period
 * @param method its formula or method of calculation (计算方法)
 * @param unit its unit, e.g. {@code %}, {@code μg/m³}, {@code 件}
 * @param direction which values are good
 * @param indicatorClass 人, 企, 城 or 政
 * @param domain one of the fifteen domains
 * @param level the finest region level it is published for: values come for regions of this level and the levels
 *        above it (a district-level indicator has the districts' values and the city's)
 * @param frequency how often it is published; each value's period is a period of this frequency
 * @param expectedDelay how long after its period ends a value is expected
 * @param source its one source (一数一源): the owning department and its system
 * @param responsibleDepartment the department answerable for it (责任部门), who handles its warnings
 * @param references where it appears in reference frameworks
 * @param grade who may see it (分级)
 * @param highFrequency whether it is a high-frequency indicator (高频指标) for leaders' phones
 * @param validRange the values it can take; others are refused
 * @param target the target (目标值) for a one-sided direction, {@code null} when none
 * @param targetBand the target band for {@link Direction#TARGET_BAND}, {@link ValueRange#ANY} otherwise
 * @param thresholds its warning thresholds
 * @param responsePlan what is done when it warns (应对预案)
 * @param retired whether it is no longer published (停用): kept with its values, refuses new ones
 */
public record IndicatorPlan(IndicatorCode code, String name, String definition, String caliber, String method,
		String unit, Direction direction, IndicatorClass indicatorClass, IndicatorDomain domain, RegionLevel level,
		Frequency frequency, Duration expectedDelay, IndicatorSource source, DepartmentCode responsibleDepartment,
		List<FrameworkReference> references, AccessGrade grade, boolean highFrequency, ValueRange validRange,
		Double target, ValueRange targetBand, Thresholds thresholds, String responsePlan, boolean retired) {

	public IndicatorPlan {
		references = List.copyOf(references);
	}
}
