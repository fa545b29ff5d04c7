package org.tongguan.sensing.alarm;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tongguan.identity.Callers;
import org.tongguan.region.RegionColumns;
import org.tongguan.region.RegionCode;
import org.tongguan.region.Regions;

/**
 * The caller's data scope (数据权限) over alarms: an alarm belongs to the region its device stands in; one outside
 * every region to the one province or city (or, with several, to the platform-wide scope).
 */
@Component
class AlarmScope {

	private final Callers callers;

	private final Regions regions;

	AlarmScope(Callers callers, Regions regions) {
		this.callers = callers;
		this.regions = regions;
	}

	/** Fails with 403 unless the caller may see the alarm. */
	void require(AlarmRecord alarm) {
		callers.requireScope(regionOf(alarm));
	}

	/**
	 * Adds the SQL condition (on {@code sensing_alarm}'s region columns) that the alarm lies in the region's subtree;
	 * an unknown region matches nothing.
	 */
	void within(RegionCode region, List<String> conditions, List<Object> params) {
		if (!region.isPlatform() && regions.find(region).isEmpty()) {
			conditions.add("1 = 0");
			return;
		}
		RegionColumns condition = RegionColumns.within(region, regions);
		if (condition.sql() != null) {
			conditions.add(condition.sql());
			params.addAll(condition.params());
		}
	}

	private RegionCode regionOf(AlarmRecord alarm) {
		RegionCode finest = alarm.place().finest();
		if (finest != null) {
			return finest;
		}
		return RegionColumns.placelessOwner(regions);
	}
}
