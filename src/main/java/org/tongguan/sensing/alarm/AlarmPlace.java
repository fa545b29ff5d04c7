package org.tongguan.sensing.alarm;

import org.tongguan.region.RegionCode;

/**
 * Where the alarmed device stood when the alarm was raised: its point and the regions the point lies in (null where
 * the city has none there, all null outside the city).
 *
 * @param longitude the device's longitude
 * @param latitude the device's latitude
 * @param grid the unit grid
 * @param community the community
 * @param street the street
 * @param district the district
 */
public record AlarmPlace(double longitude, double latitude, RegionCode grid, RegionCode community, RegionCode street,
		RegionCode district) {

	/** The most precise region known, or {@code null} outside the city. */
	public RegionCode finest() {
		if (grid != null) {
			return grid;
		}
		if (community != null) {
			return community;
		}
		return street != null ? street : district;
	}
}
