package org.tongguan.casework.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tongguan.casework.history.csv.CsvReader;
import org.tongguan.support.PlatformTest;
import org.tongguan.support.WithDemoUser;

import com.jayway.jsonpath.JsonPath;

/**
 * What a history import answers beyond its counts: every rejected row as a downloadable CSV, imported backlog kept
 * out of the case list, and handling times derived when the file has no filing time.
 */
@PlatformTest
@WithDemoUser("admin")
class HistoryImportAnswersApiTests {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RejectedRows rejectedRows;

	@Test
	void offersEveryRejectedRowOfAPartialImportAsCsvNotCutAtAThousand() throws Exception {
		StringBuilder file = new StringBuilder("externalId,reportedAt,category,region,address\n");
		file.append("RJ-0,2025-07-01 09:00,E0101,440304,\"好, 地址\"\n");
		for (int row = 1; row <= 1200; row++) {
			file.append("RJ-").append(row).append(",2025-07-01 09:00,E0199,440304,\"路 ").append(row)
				.append(", \"\"东\"\"\"\n");
		}
		String answer = importFile(file.toString(), "?partial=true").andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1))
			.andExpect(jsonPath("$.invalid").value(1200))
			.andExpect(jsonPath("$.errors.length()").value(1001))
			.andExpect(jsonPath("$.errors[1000].message").value(startsWith("200 more problems are not listed (1200 in "
					+ "all, on 1200 rows); GET /api/admin/cases/history-import/")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String url = JsonPath.read(answer, "$.rejectedRowsUrl");
		assertThat(url).isEqualTo("/api/admin/cases/history-import/" + JsonPath.read(answer, "$.importId")
				+ "/rejected");

		String rejected = mvc.perform(get(url)).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		CsvReader reader = new CsvReader(new StringReader(rejected));
		List<String[]> records = new ArrayList<>();
		while (reader.next()) {
			records.add(reader.fields());
		}
		assertThat(records).hasSize(1201);
		assertThat(records.get(0)).containsExactly("line", "reasons", "externalId", "reportedAt", "category", "region",
				"address");
		assertThat(records.get(1)).containsExactly("3", "category: 'E0199' is not a sub-category of the catalogue "
				+ "(事项清单)", "RJ-1", "2025-07-01 09:00", "E0199", "440304", "路 1, \"东\"");
		assertThat(records.get(1200)[0]).isEqualTo("1202");
	}

	@Test
	void keepsTheRejectedRowsOfAnImportThatStoredNothingAndForgetsThemAfterTheirTime() throws Exception {
		String problem = importFile("externalId,reportedAt,category,region\nRK-1,2025-07-02 09:00,E0101,440304\n"
				+ "RK-2,2025-07-02,E0101,440304\n", "")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.importId").exists())
			.andExpect(jsonPath("$.detail").value(containsString("lists every rejected row")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String url = JsonPath.read(problem, "$.rejectedRowsUrl");
		mvc.perform(get(url)).andExpect(status().isOk())
			.andExpect(content().string(containsString("3,\"reportedAt: '2025-07-02' is not a date-time")));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM casework_case WHERE external_id LIKE 'RK-%'").query(Long.class)
			.single()).isZero();

		jdbc.sql("UPDATE casework_history_import SET imported_at = imported_at - INTERVAL '8' DAY WHERE id = ?")
			.param(JsonPath.read(problem, "$.importId"))
			.update();
		assertThat(rejectedRows.deleteExpired()).isOne();
		mvc.perform(get(url)).andExpect(status().isNotFound());
		mvc.perform(get("/api/admin/cases/history-import/no-such-import/rejected")).andExpect(status().isNotFound());
	}

	@Test
	@WithDemoUser("handler")
	void refusesTheRejectedRowsToCallersWhoAreNotAdministrators() throws Exception {
		mvc.perform(get("/api/admin/cases/history-import/any/rejected")).andExpect(status().isForbidden());
	}

	@Test
	void marksOpenImportedCasesAsBacklogAndLeavesThemOutOfTheCaseListUnlessAsked() throws Exception {
		importFile("externalId,reportedAt,filedAt,dispatchedAt,closedAt,category,region,stage\n"
				+ "BL-1,2019-01-07 09:00,2019-01-07 09:30,2019-01-07 10:00,,E0101,440304,\n"
				+ "BL-2,2019-01-08 09:00,2019-01-08 09:30,,2019-01-08 12:00,E0101,440304,\n"
				+ "BL-3,2019-01-09 09:00,,,,E0101,440304,VOIDED\n", "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(3))
			.andExpect(jsonPath("$.backlog").value(1));
		assertThat(jdbc.sql("SELECT external_id FROM casework_case WHERE backlog = TRUE AND external_id LIKE 'BL-%'")
			.query(String.class).list()).containsExactly("BL-1");

		String period = "from=2019-01-01T00:00:00Z&to=2019-02-01T00:00:00Z";
		mvc.perform(get("/api/cases?" + period)).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(2));
		mvc.perform(get("/api/cases?light=RED&" + period)).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/cases?includeBacklog=true&" + period)).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(3));
		mvc.perform(get("/api/cases?includeBacklog=true&light=RED&" + period)).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1));
		mvc.perform(get("/api/statistics/cases?groupBy=district&from=2019-01-01&to=2019-02-01"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total.reported").value(3))
			.andExpect(jsonPath("$.total.dueToClose").value(2));
	}

	@Test
	void countsHandlingTimeFromAcceptanceElseReportWhenTheFileHasNoFilingTime() throws Exception {
		importFile("externalId,reportedAt,acceptedAt,filedAt,closedAt,category,region\n"
				+ "DV-1,2019-03-04 09:00,2019-03-04 10:00,,2019-03-04 12:00,E0101,440304\n"
				+ "DV-2,2019-03-05 09:00,,,2019-03-05 13:00,E0101,440304\n"
				+ "DV-3,2019-03-06 09:00,2019-03-06 09:10,2019-03-06 09:30,2019-03-06 11:30,E0101,440304\n", "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.derived.handlingFromAcceptedAt").value(1))
			.andExpect(jsonPath("$.derived.handlingFromReportedAt").value(1));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM casework_case WHERE external_id LIKE 'DV-%' AND filed_at IS NULL")
			.query(Long.class).single()).as("the filing time stays empty").isEqualTo(2);
		mvc.perform(get("/api/statistics/cases?groupBy=district&from=2019-03-01&to=2019-04-01"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total.filed").value(1))
			.andExpect(jsonPath("$.total.handlingTime.cases").value(3))
			.andExpect(jsonPath("$.total.handlingTime.medianCalendarHours").value(2.0))
			.andExpect(jsonPath("$.total.handlingTime.averageCalendarHours").value(2.67));
	}

	private ResultActions importFile(String csv, String query) throws Exception {
		return mvc.perform(post("/api/admin/cases/history-import" + query).with(csrf())
			.contentType(CSV)
			.content(csv.getBytes(StandardCharsets.UTF_8)));
	}
}
