package org.tongguan.casework.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tongguan.casework.history.mapping.RegionNames;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.identity.Departments;
import org.tongguan.region.Region;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.Regions;
import org.tongguan.support.PlatformTest;
import org.tongguan.support.WithDemoUser;

/**
 * Value maps and names in a history import: categories, departments and regions given by name or by the old
 * system's codes through stored or inline tables; every unknown value or target refused with its line or entry.
 */
@PlatformTest
@WithDemoUser("admin")
class HistoryValueMapsApiTests {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv");

	private static final String MAPS = "/api/admin/cases/history-import/value-maps/";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Departments departments;

	@Autowired
	Regions regions;

	@AfterEach
	void removeStoredMaps() {
		jdbc.sql("DELETE FROM casework_history_value_map").update();
	}

	@Test
	void importsAFileOfNamesAndOldCodesWithEighteenPercentOfRowsPlacedOnlyByARegionName() throws Exception {
		String lead = departments.find(new DepartmentCode("440304-CHENGGUAN")).orElseThrow().name();
		Region community = uniquelyNamed(RegionLevel.COMMUNITY, "440304");
		Region street = uniquelyNamed(RegionLevel.STREET, "440303");
		storeMap("category", "{\"A-01\": \"E0101\", \"A-02\": \"道路不洁\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$['A-02']").value("道路不洁"));
		storeMap("region", "{\"老街坊\": \"" + street.name() + "\"}").andExpect(status().isOk());
		StringBuilder file = new StringBuilder("externalId,reportedAt,closedAt,category,department,longitude,"
				+ "latitude,regionName,address\n");
		String[] categories = { "暴露垃圾", "A-01", "A-02", "积存垃圾渣土", "E0104" };
		for (int row = 0; row < 100; row++) {
			file.append("VN-").append(row).append(",2025-05-0").append(1 + row % 9).append(" 09:00,")
				.append(row % 4 == 0 ? "" : "2025-05-12 10:00").append(',')
				.append(categories[row % categories.length]).append(',')
				.append(row % 2 == 0 ? lead : "440304-CHENGGUAN").append(',');
			if (row % 100 < 18) {
				file.append(",,").append(row % 3 == 0 ? "老街坊" : community.name()).append(",某小区门口\n");
			}
			else {
				file.append("114.0579,22.5431,,\n");
			}
		}

		importFile(file.toString(), "").andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(100))
			.andExpect(jsonPath("$.invalid").value(0))
			.andExpect(jsonPath("$.backlog").value(25))
			.andExpect(jsonPath("$.rejectedRowsUrl").doesNotExist());

		Map<String, Long> byCategory = counted("category_code");
		assertThat(byCategory).containsEntry("E0101", 40L).containsEntry("E0102", 20L).containsEntry("E0103", 20L)
			.containsEntry("E0104", 20L);
		assertThat(counted("lead_department")).containsOnlyKeys("440304-CHENGGUAN");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM casework_case WHERE external_id LIKE 'VN-%' AND longitude IS NULL "
				+ "AND community_code = ? AND district_code = '440304'").param(community.code().value())
			.query(Long.class).single()).isEqualTo(12);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM casework_case WHERE external_id LIKE 'VN-%' AND longitude IS NULL "
				+ "AND street_code = ? AND community_code IS NULL AND district_code = '440303'")
			.param(street.code().value()).query(Long.class).single()).as("rows 0, 3, ... 15 through the region map")
			.isEqualTo(6);
	}

	@Test
	void usesATableSentWithTheImportInPlaceOfTheStoredOne() throws Exception {
		storeMap("category", "{\"X1\": \"E0102\"}").andExpect(status().isOk());
		MockMultipartFile file = new MockMultipartFile("file", "history.csv", "text/csv",
				("externalId,reportedAt,category,region,状态\nVI-1,2025-06-02 09:00,X1,440304,办理中\n")
					.getBytes(StandardCharsets.UTF_8));
		importWithMaps(file, "?stage=状态", "{\"category\": {\"X1\": \"E0103\"}, \"stage\": {\"办理中\": \"HANDLING\"}}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message")
				.value(containsString("stage HANDLING (处置中) needs dispatchedAt")));
		importWithMaps(file, "?stage=状态", "{\"category\": {\"X1\": \"E0103\"}, \"stage\": {\"办理中\": \"待立案\"}}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("needs acceptedAt")));
		importWithMaps(file, "", "{\"category\": {\"X1\": \"E0103\"}, \"stage\": {\"办理中\": \"待受理\"}}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1));
		assertThat(jdbc.sql("SELECT category_code FROM casework_case WHERE external_id = 'VI-1'").query(String.class)
			.single()).isEqualTo("E0103");
	}

	@Test
	void refusesAStoredTableWhoseTargetNamesNothingAndNamesTheEntry() throws Exception {
		storeMap("category", "{\"A-01\": \"E0101\", \"A-09\": \"E9999\", \"A-10\": \"没有这个小类\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[?(@.field == 'category[\"A-09\"]')].message").value(
					"the platform value 'E9999' is not a sub-category of the catalogue (事项清单)"))
			.andExpect(jsonPath("$.errors[?(@.field == 'category[\"A-10\"]')]").exists());
		storeMap("department", "{\"城管\": \"不存在的局\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("department[\"城管\"]"));
		storeMap("region", "{\"老街坊\": \"没有这个社区\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("is not the exact name of a district")));
		storeMap("urgency", "{\"急\": \"VERY\"}").andExpect(status().isBadRequest());
		storeMap("colour", "{\"红\": \"RED\"}").andExpect(status().isNotFound());
		storeMap("category", "{}").andExpect(status().isBadRequest());
		mvc.perform(get(MAPS + "category")).andExpect(status().isNotFound());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM casework_history_value_map").query(Long.class).single()).isZero();
	}

	@Test
	void readsReplacesAndRemovesAStoredTable() throws Exception {
		storeMap("satisfaction", "{\" 好 \": \"满意\", \"差\": \"DISSATISFIED\"}").andExpect(status().isOk());
		mvc.perform(get(MAPS + "satisfaction")).andExpect(status().isOk())
			.andExpect(jsonPath("$['好']").value("满意"))
			.andExpect(jsonPath("$['差']").value("DISSATISFIED"));
		storeMap("satisfaction", "{\"一般\": \"基本满意\"}").andExpect(status().isOk());
		mvc.perform(get(MAPS + "satisfaction")).andExpect(status().isOk())
			.andExpect(jsonPath("$['好']").doesNotExist())
			.andExpect(jsonPath("$['一般']").value("基本满意"));
		mvc.perform(delete(MAPS + "satisfaction").with(csrf())).andExpect(status().isNoContent());
		mvc.perform(delete(MAPS + "satisfaction").with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void refusesAnInlineTableWithAnUnknownTargetOrFieldAndStoresNothing() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "h.csv", "text/csv",
				"externalId,reportedAt,category,region\nVU-1,2025-06-02 09:00,X1,440304\n"
					.getBytes(StandardCharsets.UTF_8));
		importWithMaps(file, "", "{\"category\": {\"X1\": \"E9999\"}, \"colour\": {\"红\": \"RED\"}}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("valueMaps.category[\"X1\"]"))
			.andExpect(jsonPath("$.errors[1].field").value("valueMaps.colour"));
		importWithMaps(file, "", "[1, 2")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("valueMaps"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM casework_case WHERE external_id LIKE 'VU-%'").query(Long.class)
			.single()).isZero();
	}

	@Test
	void rejectsRowsWithAnUnknownValueOrRegionNameNamingLineAndValueAndStoresNothing() throws Exception {
		storeMap("category", "{\"A-01\": \"E0101\"}").andExpect(status().isOk());
		importFile("externalId,reportedAt,category,department,regionName\n"
				+ "VR-1,2025-06-02 09:00,A-01,440304-CHENGGUAN,440304\n"
				+ "VR-2,2025-06-02 09:00,A-77,440304-CHENGGUAN,440304\n"
				+ "VR-3,2025-06-02 09:00,暴露垃圾,不存在的局,440304\n"
				+ "VR-4,2025-06-02 09:00,暴露垃圾,,没有这个社区\n"
				+ "VR-5,2025-06-02 09:00,暴露垃圾,,\n", "")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(startsWith("4 of 5 rows are invalid; nothing was stored")))
			.andExpect(jsonPath("$.errors[0].field").value("line 3"))
			.andExpect(jsonPath("$.errors[0].message").value("category: 'A-77' is not a sub-category code or the "
					+ "exact name of one in the catalogue (事项清单), and the category value map has no entry for it"))
			.andExpect(jsonPath("$.errors[1].field").value("line 4"))
			.andExpect(jsonPath("$.errors[1].message").value(startsWith("department: '不存在的局' is not a department")))
			.andExpect(jsonPath("$.errors[2].field").value("line 5"))
			.andExpect(jsonPath("$.errors[2].message").value("region: '没有这个社区' is not the exact name of a "
					+ "district, street, community or grid"))
			.andExpect(jsonPath("$.errors[3].field").value("line 6"))
			.andExpect(jsonPath("$.errors[3].message").value(startsWith("location: give longitude and latitude")))
			.andExpect(jsonPath("$.rejectedRowsUrl").value(startsWith("/api/admin/cases/history-import/")));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM casework_case WHERE external_id LIKE 'VR-%'").query(Long.class)
			.single()).isZero();
	}

	@Test
	@WithDemoUser("handler")
	void refusesValueMapsToCallersWhoAreNotAdministrators() throws Exception {
		storeMap("category", "{\"A-01\": \"E0101\"}").andExpect(status().isForbidden());
		mvc.perform(get(MAPS + "category")).andExpect(status().isForbidden());
		mvc.perform(delete(MAPS + "category").with(csrf())).andExpect(status().isForbidden());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM casework_history_value_map").query(Long.class).single()).isZero();
	}

	private Region uniquelyNamed(RegionLevel level, String district) {
		Map<String, Long> names = RegionNames.LEVELS.stream()
			.flatMap(each -> regions.list(each).stream())
			.collect(Collectors.groupingBy(Region::name, Collectors.counting()));
		return regions.list(level)
			.stream()
			.filter(region -> region.code().value().startsWith(district) && names.get(region.name()) == 1)
			.findFirst()
			.orElseThrow();
	}

	private Map<String, Long> counted(String column) {
		Map<String, Long> counts = new HashMap<>();
		jdbc.sql("SELECT " + column + ", COUNT(*) FROM casework_case WHERE external_id LIKE 'VN-%' GROUP BY " + column)
			.query(rs -> {
				counts.put(rs.getString(1), rs.getLong(2));
			});
		return counts;
	}

	private ResultActions importWithMaps(MockMultipartFile file, String query, String valueMaps) throws Exception {
		return mvc.perform(multipart("/api/admin/cases/history-import" + query).file(file)
			.file(new MockMultipartFile("valueMaps", "", "application/json", valueMaps.getBytes(StandardCharsets.UTF_8)))
			.with(csrf()));
	}

	private ResultActions storeMap(String field, String json) throws Exception {
		return mvc.perform(put(MAPS + field).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private ResultActions importFile(String csv, String query) throws Exception {
		return mvc.perform(post("/api/admin/cases/history-import" + query).with(csrf())
			.contentType(CSV)
			.content(csv.getBytes(StandardCharsets.UTF_8)));
	}
}
