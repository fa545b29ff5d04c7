package org.tongguan.sensing.alarm;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tongguan.identity.Callers;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.Regions;

/**
 * The caller's data scope (数据权限) over alarms: an alarm belongs to the region its device stands in; one outside
 * every region only to the city.
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

	/** The SQL condition (on {@code sensing_alarm}'s region columns) that the alarm lies in the region's subtree. */
	static void within(RegionCode region, RegionLevel level, List<String> conditions, List<Object> params) {
		if (level == null) {
			conditions.add("1 = 0");
			return;
		}
		String column = switch (level) {
			case CITY -> null;
			case DISTRICT -> "district_code";
			case STREET -> "street_code";
			case COMMUNITY -> "community_code";
			case GRID -> "grid_code";
		};
		if (column != null) {
			conditions.add(column + " = ?");
			params.add(region.value());
		}
	}

	/** The level of a region, {@code null} when it is unknown. */
	RegionLevel levelOf(RegionCode region) {
		return regions.find(region).map(Region::level).orElse(null);
	}

	private RegionCode regionOf(AlarmRecord alarm) {
		RegionCode finest = alarm.place().finest();
		if (finest != null) {
			return finest;
		}
		return regions.list(RegionLevel.CITY).stream().findFirst().map(Region::code)
			.orElseThrow(() -> new IllegalStateException("No city region: alarm " + alarm.id() + " has no place"));
	}
}
