package org.tongguan.onboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The test city's own organisation: department functions of its own (no Chinese bureau kinds), its departments at
 * city and district level, and a catalogue of majors and sub-categories by name only, whose responsibilities name
 * the city's own functions and whose time limits are mostly left to the defaults.
 */
final class TestOrganisation {

	/** A department function of the city's own: its code (the city's own word for it) and label. */
	record Function(String code, String label, boolean perDistrict) {
	}

	/**
	 * A sub-category of the catalogue: its kind, major's name, name, responsible function, whether it runs 24×7, the
	 * days a case of it is given by the old system (its {@code dueAt}), and the limit cells of the catalogue row.
	 */
	record Category(String kind, String major, String name, Function function, boolean roundTheClock, int dueDays,
			String limit, String handle) {
	}

	static final Function WASTE = new Function("WASTE", "Waste and Litter", false);

	static final Function ROADS = new Function("ROADS", "Roads and Footpaths", true);

	static final Function PARKS = new Function("PARKS", "Parks and Open Space", true);

	static final Function STORMWATER = new Function("STORMWATER", "Stormwater", false);

	/** The function of the department that owns the air-quality stations. */
	static final Function MONITORING = new Function("ENV_MONITORING", "Environmental Monitoring", false);

	static final List<Function> FUNCTIONS = List.of(WASTE, ROADS, PARKS, STORMWATER, MONITORING);

	static final List<Category> CATEGORIES = List.of(
			new Category("EVENT", "Street Cleanliness", "Litter", WASTE, false, 2, "", ""),
			new Category("EVENT", "Street Cleanliness", "Illegal Dumping", WASTE, false, 5, "5d", "3d"),
			new Category("EVENT", "Street Cleanliness", "Graffiti", WASTE, false, 10, "", ""),
			new Category("EVENT", "Roads and Footpaths", "Pothole", ROADS, false, 7, "", "4d"),
			new Category("EVENT", "Roads and Footpaths", "Broken Paving", ROADS, false, 14, "", ""),
			new Category("EVENT", "Parks", "Overgrown Vegetation", PARKS, false, 10, "", ""),
			new Category("EVENT", "Parks", "Damaged Playground", PARKS, false, 5, "", ""),
			new Category("EVENT", "Stormwater", "Surface Flooding", STORMWATER, true, 1, "", ""),
			new Category("EVENT", "Stormwater", "Blocked Drain", STORMWATER, true, 3, "", ""),
			new Category("COMPONENT", "Street Furniture", "Damaged Bench", PARKS, false, 15, "", ""),
			new Category("COMPONENT", "Street Furniture", "Broken Streetlight", ROADS, false, 3, "", ""));

	private TestOrganisation() {
	}

	/** The name of the department of a function: one per district, or one for the whole city. */
	static String department(Function function, String district) {
		return function.perDistrict() ? district + " " + function.label() + " Team"
				: "Harbour City " + function.label();
	}

	/** The department that owns the devices. */
	static String deviceOwner() {
		return department(MONITORING, null);
	}

	/** Writes {@code functions.csv}, {@code departments.csv} and {@code catalogue.csv}. */
	static void write(Path dir) throws IOException {
		StringBuilder functions = new StringBuilder("code,label\n");
		FUNCTIONS.forEach(f -> functions.append(f.code()).append(',').append(f.label()).append('\n'));
		Files.writeString(dir.resolve("functions.csv"), functions, StandardCharsets.UTF_8);

		StringBuilder departments = new StringBuilder("name,function,level,region\n");
		for (Function function : FUNCTIONS) {
			if (!function.perDistrict()) {
				departments.append(department(function, null)).append(',').append(function.code())
					.append(",CITY,").append(TestCity.CITY).append('\n');
				continue;
			}
			for (TestCity.Area district : TestCity.areas("DISTRICT")) {
				departments.append(department(function, district.name())).append(',').append(function.code())
					.append(",DISTRICT,").append(district.name()).append('\n');
			}
		}
		Files.writeString(dir.resolve("departments.csv"), departments, StandardCharsets.UTF_8);

		StringBuilder catalogue = new StringBuilder("kind,majorCode,majorName,code,name,cityFunction,districtFunction,"
				+ "streetFunction,defaultLevel,defaultUrgency,limit,accept,file,dispatch,handle,verify,close,"
				+ "roundTheClock,policeMatter,closingConditions,legalBasis\n");
		for (Category category : CATEGORIES) {
			Function function = category.function();
			boolean district = function.perDistrict();
			catalogue.append(String.join(",", category.kind(), "", category.major(), "", category.name(),
					district ? "" : function.code(), district ? function.code() : "", "", district ? "DISTRICT" : "CITY",
					"", category.limit(), "", "", "", category.handle(), "", "", category.roundTheClock() ? "true" : "",
					"", "", "")).append('\n');
		}
		Files.writeString(dir.resolve("catalogue.csv"), catalogue, StandardCharsets.UTF_8);
	}
}
