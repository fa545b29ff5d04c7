package org.tongguan.casework.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongguan.casework.CaseApi.body;
import static org.tongguan.casework.statistics.StatisticsAgreement.MARCH;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.tongguan.calendar.WorkingCalendar;
import org.tongguan.casework.CaseApi;
import org.tongguan.casework.CaseworkTest;
import org.tongguan.support.TestClock;
import org.tongguan.casework.statistics.StatisticsAgreement.Period;
import org.tongguan.identity.Role;
import org.tongguan.region.Location;
import org.tongguan.region.Regions;
import org.tongguan.shared.PlatformProperties;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the statistics do when the organisation around the cases changes, as documented: a redrawn grid boundary
 * leaves the cases located before with the codes they were located with (docs/regions-import.md); a department merge
 * moves the open cases it leads, and their figures, to its successor while closed cases keep counting for it
 * (docs/departments.md); a new working calendar recomputes the working-time handling times of cases already closed.
 * After each change the API still equals the computation from the raw cases in every grouping and period.
 */
@CaseworkTest
class StatisticsOrganisationChangesTests {

	private static final String GARBAGE = "E0101";

	/** The second in which the calendar test's case closes (a period with offsets, answered from the cases). */
	private static final Period CLOSURE = new Period("2025-03-12T10:00:00+08:00", "2025-03-12T10:00:01+08:00");

	/** The day it closes (whole days: answered from the ready data). */
	private static final Period CLOSURE_DAY = new Period("2025-03-12", "2025-03-13");

	@Autowired
	CaseApi api;

	@Autowired
	TestClock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	PlatformProperties platform;

	@Autowired
	Regions regions;

	@Autowired
	StatisticsAgreement statistics;

	@Test
	void casesKeepTheGridTheyWereLocatedInWhenItsBoundaryIsRedrawn() throws Exception {
		at("2025-03-25T09:00:00");
		double[] point = api.freshPoint();
		Location before = regions.locate(point[0], point[1]).orElseThrow();
		String grid = before.grid().code().value();
		long locatedBefore = filed(point);
		closed(locatedBefore, "2025-03-25T10:00:00");

		String original = exportGrid(grid);
		try {
			importGrids(redrawnAwayFrom(original, grid, point));
			Location after = regions.locate(point[0], point[1]).orElseThrow();
			assertThat(after.grid()).as("the point no longer lies in grid " + grid).isNull();
			long locatedAfter = filed(point);

			assertThat(api.<String>read(locatedBefore, "$.location.grid.code")).isEqualTo(grid);
			assertThat(jdbc.queryForObject("SELECT grid_code FROM casework_case WHERE id = ?", String.class,
					locatedAfter)).isNull();
			statistics.check(api.as("leader"), "440300");
			StatisticsReport byGrid = statistics.answer(api.as("leader"), GroupBy.GRID, MARCH,
					Map.of("district", before.community().code().value()));
			GroupStatistics redrawn = byGrid.groups().stream().filter(g -> grid.equals(g.key())).findFirst()
				.orElseThrow();
			assertThat(redrawn.closed()).as("the case closed in the grid before it was redrawn")
				.isGreaterThanOrEqualTo(1);
			assertThat(byGrid.groups().get(byGrid.groups().size() - 1).key()).as("located to the community only")
				.isNull();
		}
		finally {
			importGrids(original);
		}
		assertThat(regions.locate(point[0], point[1]).orElseThrow().grid().code().value()).isEqualTo(grid);
	}

	@Test
	void aMergedDepartmentKeepsItsClosedCasesAndItsSuccessorTakesTheOpenOnes() throws Exception {
		at("2025-03-24T09:00:00");
		double[] point = api.freshPoint();
		String street = regions.locate(point[0], point[1]).orElseThrow().street().code().value();
		String successor = street + "-JIEDAO";
		String team = "00-STATS-TEAM";
		mvc.perform(post("/api/admin/departments").with(api.as("admin"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("code", team, "name", "统计测试街道队", "function", "街道办",
					"level", "STREET", "home", street))))
			.andExpect(status().isCreated());
		api.user("stats-team-handler", Role.HANDLER, CaseApi.FUTIAN, team);
		try {
			long closedCase = filed(point);
			long openCase = filed(point);
			assertThat(api.<String>read(openCase, "$.leadDepartment.code")).isEqualTo(team);
			closed(closedCase, "2025-03-24T10:00:00");
			statistics.check(api.as("leader"), "440300");
			GroupStatistics teamBefore = department(team);
			assertThat(teamBefore.filed()).isEqualTo(2);
			long successorFiledBefore = filedBy(successor);

			at("2025-03-24T11:00:00");
			mvc.perform(post("/api/admin/departments/" + team + "/merge").with(api.as("admin"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"into\": \"" + successor + "\"}"))
				.andExpect(status().isOk());
			await().atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> assertThat(api.<String>read(openCase, "$.leadDepartment.code"))
					.isEqualTo(successor));

			assertThat(api.<String>read(closedCase, "$.leadDepartment.code")).isEqualTo(team);
			statistics.check(api.as("leader"), "440300");
			GroupStatistics teamAfter = department(team);
			assertThat(teamAfter.filed()).as("only its closed case").isEqualTo(1);
			assertThat(teamAfter.closed()).isEqualTo(1);
			assertThat(teamAfter.name()).isEqualTo("统计测试街道队");
			assertThat(filedBy(successor)).as("the open case moved").isEqualTo(successorFiledBefore + 1);
		}
		finally {
			// a failure above must not leave the team taking the street's dispatches from later tests (409 once merged)
			mvc.perform(post("/api/admin/departments/" + team + "/disable").with(api.as("admin")).with(csrf()));
		}
	}

	/**
	 * The working hours follow the calendar in force; the recomputation may happen a moment after the import (as the
	 * calendar's event is handled), so the figures are awaited, then must equal the raw cases on the new calendar.
	 */
	@Test
	void aNewWorkingCalendarRecomputesTheWorkingHoursOfCasesAlreadyClosed() throws Exception {
		at("2025-03-10T09:00:00");
		double[] point = api.freshPoint();
		String community = regions.locate(point[0], point[1]).orElseThrow().community().code().value();
		long id = filed(point);
		closed(id, "2025-03-12T10:00:00");
		// Monday and Tuesday 7 working hours each, Wednesday 09:00–10:00
		assertThat(workingHours(CLOSURE, community)).isEqualTo(15.0);
		assertThat(workingHours(CLOSURE_DAY, community)).isEqualTo(15.0);

		String bundled = bundledCalendar();
		try {
			importCalendar(bundled.replace("END:VCALENDAR", "BEGIN:VEVENT\r\nUID:stats-test-20250311\r\n"
					+ "DTSTART;VALUE=DATE:20250311\r\nDTEND;VALUE=DATE:20250312\r\nSUMMARY:临时停工(休)\r\n"
					+ "END:VEVENT\r\nEND:VCALENDAR"));
			// Tuesday is now a day off
			await().atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> assertThat(workingHours(CLOSURE_DAY, community)).isEqualTo(8.0));
			assertThat(workingHours(CLOSURE, community)).isEqualTo(8.0);
			assertThat(statistics.reference().figures(id, statistics.instant(CLOSURE_DAY.from()),
					statistics.instant(CLOSURE_DAY.to())).workingSeconds()).isEqualTo(8 * 3600L);
			statistics.check(api.as("leader"), "440300");
		}
		finally {
			importCalendar(bundled);
		}
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(workingHours(CLOSURE_DAY, community)).as("back on the bundled calendar")
				.isEqualTo(15.0));
		statistics.check(api.as("leader"), "440300");
	}

	private String exportGrid(String grid) throws Exception {
		return mvc.perform(get("/api/regions/export").param("level", "GRID").param("within", grid)
			.with(api.as("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The exported grid with a smaller boundary in its corner farthest from the point. */
	private String redrawnAwayFrom(String exported, String grid, double[] point) {
		ObjectNode collection = (ObjectNode) json.readTree(exported);
		JsonNode feature = collection.get("features").get(0);
		assertThat(feature.get("properties").get("code").asString()).isEqualTo(grid);
		ArrayNode ring = (ArrayNode) feature.get("geometry").get("coordinates").get(0);
		JsonNode far = ring.get(0);
		for (JsonNode vertex : ring) {
			if (distance(vertex, point) > distance(far, point)) {
				far = vertex;
			}
		}
		double farLongitude = far.get(0).asDouble();
		double farLatitude = far.get(1).asDouble();
		for (JsonNode vertex : ring) {
			ArrayNode coordinates = (ArrayNode) vertex;
			double longitude = farLongitude + 0.3 * (coordinates.get(0).asDouble() - farLongitude);
			double latitude = farLatitude + 0.3 * (coordinates.get(1).asDouble() - farLatitude);
			coordinates.removeAll();
			coordinates.add(Math.round(longitude * 1e6) / 1e6).add(Math.round(latitude * 1e6) / 1e6);
		}
		collection.set("features", json.createArrayNode().add(feature));
		return json.writeValueAsString(collection);
	}

	private void importGrids(String featureCollection) throws Exception {
		mvc.perform(post("/api/admin/regions/import/GRID").with(api.as("admin"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(featureCollection))
			.andExpect(status().isOk());
	}

	private static double distance(JsonNode vertex, double[] point) {
		return Math.hypot(vertex.get(0).asDouble() - point[0], vertex.get(1).asDouble() - point[1]);
	}

	/** The average working hours of the cases closed in the period in the community, grouped by community. */
	private Double workingHours(Period period, String community) throws Exception {
		return statistics.answer(api.as("leader"), GroupBy.COMMUNITY, period, Map.of("district", community))
			.total()
			.handlingTime()
			.averageWorkingHours();
	}

	private GroupStatistics department(String code) throws Exception {
		return statistics.answer(api.as("leader"), GroupBy.DEPARTMENT, MARCH, Map.of())
			.groups()
			.stream()
			.filter(group -> code.equals(group.key()))
			.findFirst()
			.orElseThrow();
	}

	private long filedBy(String department) throws Exception {
		return statistics.answer(api.as("leader"), GroupBy.DEPARTMENT, MARCH, Map.of())
			.groups()
			.stream()
			.filter(group -> department.equals(group.key()))
			.mapToLong(GroupStatistics::filed)
			.sum();
	}

	private void importCalendar(String text) throws Exception {
		mvc.perform(post("/api/admin/calendar/import").with(api.as("admin"))
			.with(csrf())
			.contentType(MediaType.parseMediaType("text/calendar"))
			.content(text.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk());
	}

	private static String bundledCalendar() throws Exception {
		try (InputStream in = StatisticsOrganisationChangesTests.class.getResourceAsStream("/calendar/cn-holidays.ics")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private void at(String cityTime) {
		clock.set(LocalDateTime.parse(cityTime).atZone(platform.zone()).toInstant());
	}

	/** A grid inspector's find of exposed garbage at the point, accepted and filed (dispatched by the rules). */
	private long filed(double[] point) throws Exception {
		long id = api.reported(api.futianInspector(), body("category", GARBAGE, "description", "人行道旁有暴露垃圾",
				"longitude", point[0], "latitude", point[1], "attachmentIds", List.of(api.photo("BEFORE"))));
		api.done(api.as("operator"), id, "accept", body());
		api.done(api.as("operator"), id, "file", body());
		return id;
	}

	/** Handled by its lead department, verified and closed at the city time (no callback: an inspector found it). */
	private void closed(long id, String cityTime) throws Exception {
		String lead = api.read(id, "$.leadDepartment.code");
		var handler = lead.startsWith("00-") ? api.as("stats-team-handler") : api.handler(lead);
		api.done(handler, id, "handled", body("result", "已清理", "attachmentIds", api.photos("AFTER")));
		api.done(api.futianInspector(), id, "verify", body("passed", true, "attachmentIds", api.photos("AFTER")));
		at(cityTime);
		api.done(api.as("shiftlead"), id, "close", body());
	}
}
