package org.tongguan.casework.history;

import java.util.List;
import java.util.Optional;

import org.tongguan.casework.internal.CasePlace;
import org.tongguan.region.Location;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;

/**
 * Where an imported case is: a longitude/latitude point located to its grid, community, street and district, or a
 * region code (grid, community, street or district) when the file has no point. When a row has both, the point
 * decides and must lie in the region.
 */
final class PlaceReader {

	static final int ADDRESS_MAX = 500;

	private final ColumnMapping columns;

	private final References references;

	PlaceReader(ColumnMapping columns, References references) {
		this.columns = columns;
		this.references = references;
	}

	/** The place of the current record, or {@code null} with the problems added. */
	CasePlace read(CsvReader record, List<String> problems) {
		String address = columns.value(record, HistoryField.ADDRESS);
		if (address != null && address.length() > ADDRESS_MAX) {
			problems.add("address: longer than " + ADDRESS_MAX + " characters");
		}
		String longitude = columns.value(record, HistoryField.LONGITUDE);
		String latitude = columns.value(record, HistoryField.LATITUDE);
		String region = columns.value(record, HistoryField.REGION);
		if (longitude == null && latitude == null) {
			return region == null ? missing(problems) : inRegion(region, address, problems);
		}
		if (longitude == null || latitude == null) {
			problems.add("longitude, latitude: give both or neither");
			return null;
		}
		return atPoint(longitude, latitude, region, address, problems);
	}

	private CasePlace atPoint(String longitudeText, String latitudeText, String region, String address,
			List<String> problems) {
		double longitude = coordinate("longitude", longitudeText, 180, problems);
		double latitude = coordinate("latitude", latitudeText, 90, problems);
		if (Double.isNaN(longitude) || Double.isNaN(latitude)) {
			return null;
		}
		Optional<Location> located = references.locate(longitude, latitude);
		if (located.isEmpty()) {
			problems.add("longitude, latitude: " + longitudeText + ", " + latitudeText + " lies outside the city");
			return null;
		}
		Location location = located.get();
		if (region != null && !fits(location, region)) {
			problems.add("region: the point " + longitudeText + ", " + latitudeText + " lies in "
					+ location.finest().name() + " (" + location.finest().code() + "), not in region " + region);
			return null;
		}
		return new CasePlace(longitude, latitude, address, code(location.grid()), code(location.community()),
				code(location.street()), code(location.district()));
	}

	private CasePlace inRegion(String region, String address, List<String> problems) {
		Optional<CasePlace> found = references.region(region);
		if (found.isEmpty()) {
			problems.add("region: '" + region + "' is not a district, street, community or grid of the city");
			return null;
		}
		CasePlace place = found.get();
		return new CasePlace(null, null, address, place.grid(), place.community(), place.street(), place.district());
	}

	private boolean fits(Location location, String region) {
		return references.region(region).isPresent()
				&& references.isWithin(location.finest().code(), RegionCode.of(region));
	}

	private static CasePlace missing(List<String> problems) {
		problems.add("location: give longitude and latitude, or a region code");
		return null;
	}

	/** The coordinate, or NaN with a problem added. */
	private static double coordinate(String field, String text, double bound, List<String> problems) {
		try {
			double value = Double.parseDouble(text);
			if (Math.abs(value) <= bound) {
				return value;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		problems.add(field + ": '" + text + "' is not a " + field + " in degrees (−" + (int) bound + " to "
				+ (int) bound + ")");
		return Double.NaN;
	}

	private static RegionCode code(Region region) {
		return region == null ? null : region.code();
	}
}
