package org.tongguan.casework.store;

import org.tongguan.region.RegionCode;

/**
 * Where a matter is: the reported point and/or address and the regions it lies in.
 *
 * @param longitude the longitude, {@code null} for an address-only report
 * @param latitude the latitude, {@code null} for an address-only report
 * @param address the address text, may be {@code null}
 * @param grid the unit grid, {@code null} when unknown
 * @param community the community, {@code null} when unknown
 * @param street the street, {@code null} when unknown
 * @param district the district, always known
 */
public record CasePlace(Double longitude, Double latitude, String address, RegionCode grid, RegionCode community,
		RegionCode street, RegionCode district) {

	/** The most precise region known. */
	public RegionCode finest() {
		if (grid != null) {
			return grid;
		}
		if (community != null) {
			return community;
		}
		return street != null ? street : district;
	}

	/** Whether the matter has a point (not only an address). */
	public boolean located() {
		return longitude != null && latitude != null;
	}
}
