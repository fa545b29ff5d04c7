package org.tongguan.casework.history.row;

import java.util.List;
import java.util.Optional;

import org.tongguan.casework.history.csv.ColumnMapping;
import org.tongguan.casework.history.csv.CsvReader;
import org.tongguan.casework.history.csv.HistoryField;
import org.tongguan.casework.history.mapping.Lookup;
import org.tongguan.casework.history.mapping.References;
import org.tongguan.casework.history.mapping.ValueMapping;
import org.tongguan.casework.store.CasePlace;
import org.tongguan.region.Location;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;

/**
 * Where an imported case is: a longitude/latitude point located to its grid, community, street and district, or a
 * region (grid, community, street or district) by code or exact name when the row has no point: the {@code region}
 * column, else the {@code regionName} column, each read through the region value map. When a row has both, the point
 * decides and must lie in the region.
 */
final class PlaceReader {

	static final int ADDRESS_MAX = 500;

	private final ColumnMapping columns;

	private final References references;

	private final ValueMapping mapping;

	PlaceReader(ColumnMapping columns, References references, ValueMapping mapping) {
		this.columns = columns;
		this.references = references;
		this.mapping = mapping;
	}

	/** The place of the current record, or {@code null} with the problems added. */
	CasePlace read(CsvReader record, List<String> problems) {
		String address = columns.value(record, HistoryField.ADDRESS);
		if (address != null && address.length() > ADDRESS_MAX) {
			problems.add("address: longer than " + ADDRESS_MAX + " characters");
		}
		String longitude = columns.value(record, HistoryField.LONGITUDE);
		String latitude = columns.value(record, HistoryField.LATITUDE);
		String region = region(record);
		CasePlace place;
		if (longitude == null && latitude == null) {
			place = region == null ? missing(problems) : inRegion(region, address, problems);
		}
		else if (longitude == null || latitude == null) {
			problems.add("longitude, latitude: give both or neither");
			place = null;
		}
		else {
			place = atPoint(longitude, latitude, region, address, problems);
		}
		return place == null ? null : inScope(place, problems);
	}

	/** The place when it lies in the importing administrator's data scope, else {@code null} with a problem. */
	private CasePlace inScope(CasePlace place, List<String> problems) {
		if (references.inScope(place.finest())) {
			return place;
		}
		problems.add("location: " + place.finest() + " lies outside your data scope " + references.scope()
				+ "; an administrator imports only cases of the regions they administer");
		return null;
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
			problems.add("longitude, latitude: " + longitudeText + ", " + latitudeText + " lies outside every region of the platform");
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

	/** The row's region, code or name, as the region value map reads it; {@code null} when it has none. */
	private String region(CsvReader record) {
		String code = columns.value(record, HistoryField.REGION);
		if (code != null) {
			return mapping.apply(HistoryField.REGION, code);
		}
		String name = columns.value(record, HistoryField.REGION_NAME);
		return name == null ? null : mapping.apply(HistoryField.REGION_NAME, name);
	}

	private CasePlace inRegion(String region, String address, List<String> problems) {
		Lookup<CasePlace> found = references.region(region);
		if (!found.isFound()) {
			problems.add("region: " + found.problem() + mapping.unmapped(HistoryField.REGION));
			return null;
		}
		CasePlace place = found.found();
		return new CasePlace(null, null, address, place.grid(), place.community(), place.street(), place.district());
	}

	private boolean fits(Location location, String region) {
		Lookup<CasePlace> place = references.region(region);
		return place.isFound() && references.isWithin(location.finest().code(), place.found().finest());
	}

	private static CasePlace missing(List<String> problems) {
		problems.add("location: give longitude and latitude, or a region code or name");
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
