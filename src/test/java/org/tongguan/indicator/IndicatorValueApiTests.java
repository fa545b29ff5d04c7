package org.tongguan.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongguan.indicator.IndicatorFixtures.json;
import static org.tongguan.indicator.IndicatorFixtures.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tongguan.identity.internal.UserDirectory;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.Regions;
import org.tongguan.support.PlatformTest;

/**
 * Values of indicators through the API: pushed by their source systems (idempotent, only their own indicators within
 * their scope), imported from CSV by an administrator, refused whole with every problem named by its line, corrected
 * as revisions that reads as of an earlier instant still answer, and read only within the access grade and the data
 * scope. Each test uses indicator codes (L80–L86) and source systems of its own.
 */
@PlatformTest
class IndicatorValueApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	Regions regions;

	IndicatorFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new IndicatorFixtures(mvc, users);
	}

	@Test
	void aSourcePushesItsValuesAndTheSameBatchAgainChangesNothing() throws Exception {
		fixtures.added(plan("L80", "frequency", "DAILY", "sourceSystem", "vt-air", "max", 1000));
		String key = fixtures.apiKey("vt-air", "INDICATOR_SOURCE", "440300", "440300-SHENGTAI");
		String batch = """
				{"values": [
				  {"indicator": "L80", "region": "440300", "period": "2025-03-05", "value": 19.8},
				  {"indicator": "L80", "region": "440304", "period": "2025-03-05", "value": 21.4},
				  {"indicator": "L80", "region": "440305", "period": "2025-03-05", "value": 17}
				]}""";

		push(key, batch).andExpect(status().isOk())
			.andExpect(jsonPath("$.received").value(3))
			.andExpect(jsonPath("$.created").value(3))
			.andExpect(jsonPath("$.unchanged").value(0));
		push(key, batch).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.revised").value(0))
			.andExpect(jsonPath("$.unchanged").value(3));

		assertThat(count("indicator_value", "L80")).isEqualTo(3);
		assertThat(count("indicator_value_revision", "L80")).isZero();
		mvc.perform(get("/api/indicators/L80/values").header("X-API-Key", key))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.frequency").value("DAILY"))
			.andExpect(jsonPath("$.values[*].region").value(contains("440300", "440304", "440305")))
			.andExpect(jsonPath("$.values[1].period").value("2025-03-05"))
			.andExpect(jsonPath("$.values[1].value").value(21.4))
			.andExpect(jsonPath("$.values[1].source").value("PUSH"))
			.andExpect(jsonPath("$.values[1].sender").value("apikey:vt-air"))
			.andExpect(jsonPath("$.values[1].revision").value(1))
			.andExpect(jsonPath("$.values[1].arrivedAt").exists());
	}

	@Test
	void aSourceWritesOnlyItsOwnIndicatorsWithinItsScopeOrNothingAtAll() throws Exception {
		fixtures.added(plan("L81", "sourceSystem", "vt-owner"), plan("L81P1", "sourceSystem", "vt-other"));
		String owner = fixtures.apiKey("vt-owner", "INDICATOR_SOURCE", "440304", "440300-SHENGTAI");
		String sameNameElsewhere = fixtures.apiKey("vt-other", "INDICATOR_SOURCE", "440300", "440300-ZHUJIAN");
		String integration = fixtures.apiKey("vt-integration", "INTEGRATION", "440300", "440300-SHENGTAI");

		push(owner, """
				{"values": [
				  {"indicator": "L81", "region": "440304", "period": "2025-01", "value": 91},
				  {"indicator": "L81P1", "region": "440304", "period": "2025-01", "value": 92},
				  {"indicator": "L81", "region": "440305", "period": "2025-01", "value": 93}
				]}""").andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(contains("line 3", "line 4")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("L81P1's source is the system vt-other")))
			.andExpect(jsonPath("$.errors[1].message").value(containsString("outside the data scope")));
		push(sameNameElsewhere, """
				{"values": [{"indicator": "L81P1", "region": "440304", "period": "2025-01", "value": 92}]}""")
			.andExpect(status().isForbidden());
		push(integration, """
				{"values": [{"indicator": "L81", "region": "440304", "period": "2025-01", "value": 92}]}""")
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/indicator-values").with(fixtures.as("admin")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"values\": []}")).andExpect(status().isForbidden());
		assertThat(count("indicator_value", "L81") + count("indicator_value", "L81P1")).isZero();

		push(owner, """
				{"values": [{"indicator": "L81", "region": "440304", "period": "2025-01", "value": 91}]}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1));
	}

	@Test
	void unknownIndicatorsValuesOutOfRangePeriodsNotFittingAndMalformedItemsAreRefusedByLine() throws Exception {
		fixtures.added(plan("L82", "frequency", "DAILY", "sourceSystem", "vt-checks"),
				plan("L82P1", "frequency", "DAILY", "sourceSystem", "vt-checks", "retired", true));
		String key = fixtures.apiKey("vt-checks", "INDICATOR_SOURCE", "440300", "440300-SHENGTAI");
		String tomorrow = LocalDate.now(clock).plusDays(1).toString();

		push(key, """
				{"values": [
				  {"indicator": "L82", "region": "440304", "period": "2025-03-05", "value": 50},
				  {"indicator": "L89", "region": "440304", "period": "2025-03-05", "value": 50},
				  {"indicator": "L82", "region": "440304", "period": "2025-03-06", "value": 101},
				  {"indicator": "L82", "region": "440304", "period": "2025-03", "value": 50},
				  {"indicator": "L82", "region": "440304", "period": "%s", "value": 50},
				  {"indicator": "L82", "region": "440304001", "period": "2025-03-07", "value": 50},
				  {"indicator": "L82", "region": "440304", "period": "2025-03-05", "value": 51},
				  {"indicator": "L82", "region": "440304", "period": "2025-03-08", "value": "many"},
				  {"indicator": "L82P1", "region": "440304", "period": "2025-03-08", "value": 1},
				  {"indicator": "L82", "region": "999999", "period": "2025-03-09"},
				  7
				]}""".formatted(tomorrow)).andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(contains("line 3", "line 4", "line 5", "line 6",
					"line 7", "line 8", "line 9", "line 10", "line 11", "line 11", "line 12")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("values[1].indicator")))
			.andExpect(jsonPath("$.errors[1].message").value(containsString("valid range [0.0, 100.0]")))
			.andExpect(jsonPath("$.errors[2].message").value(containsString("is not a day")))
			.andExpect(jsonPath("$.errors[3].message").value(containsString("has not begun")))
			.andExpect(jsonPath("$.errors[4].message").value(containsString("published down to DISTRICT")))
			.andExpect(jsonPath("$.errors[5].message").value(containsString("line 2 gives a value")))
			.andExpect(jsonPath("$.errors[7].message").value(containsString("retired")))
			.andExpect(jsonPath("$.errors[10].message").value(containsString("must be an object")));
		push(key, "{\"values\": [\n{\"indicator\": \"L82\",\n \"region\": }]}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("line 3"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("not well-formed JSON")));
		push(key, "{\"items\": []}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("values"));
		assertThat(count("indicator_value", "L82")).isZero();
	}

	@Test
	void aCorrectionKeepsTheEarlierValueWhichReadsAsOfBeforeItAnswer() throws Exception {
		fixtures.added(plan("L83", "sourceSystem", "vt-revise"));
		String key = fixtures.apiKey("vt-revise", "INDICATOR_SOURCE", "440300", "440300-SHENGTAI");
		Instant before = clock.instant();
		Thread.sleep(5);
		push(key, value("L83", "440304", "2025-02", 88.5)).andExpect(jsonPath("$.created").value(1));
		Thread.sleep(5);
		Instant between = clock.instant();
		Thread.sleep(5);
		push(key, value("L83", "440304", "2025-02", 90.25)).andExpect(jsonPath("$.revised").value(1));

		read("L83").andExpect(jsonPath("$.values[0].value").value(90.25))
			.andExpect(jsonPath("$.values[0].revision").value(2));
		read("L83", "asOf", between.toString()).andExpect(jsonPath("$.asOf").exists())
			.andExpect(jsonPath("$.values", hasSize(1)))
			.andExpect(jsonPath("$.values[0].value").value(88.5))
			.andExpect(jsonPath("$.values[0].revision").value(1));
		read("L83", "asOf", before.toString()).andExpect(jsonPath("$.values", hasSize(0)));
		mvc.perform(get("/api/indicators/L83/values/revisions").param("region", "440304").param("period", "2025-02")
			.with(fixtures.as("operator")))
			.andExpect(jsonPath("$[*].value.value").value(contains(88.5, 90.25)))
			.andExpect(jsonPath("$[0].supersededAt").exists())
			.andExpect(jsonPath("$[1].supersededAt").doesNotExist());

		revise("L83", plan("L83", "sourceSystem", "vt-revise", "frequency", "QUARTERLY"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("frequency"));
	}

	@Test
	void anAdministratorImportsValuesFromCsvWholeOrNotAtAll() throws Exception {
		fixtures.added(plan("L84", "level", "STREET", "frequency", "QUARTERLY"));
		importCsv("""
				indicator,region,period,value
				L84,440304,2025-Q1,70
				L84,440304,2025-Q2,71.5
				L84,440304,2025-Q3,abc
				L84,440304,2025-07,70
				""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(contains("line 4", "line 5")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("'abc' is not a number")))
			.andExpect(jsonPath("$.errors[1].message").value(containsString("is not a quarter")));
		importCsv("indicator,region,value\nL84,440304,70\n").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("'period'")));
		assertThat(count("indicator_value", "L84")).isZero();

		String street = regions.list(RegionLevel.STREET).stream()
			.map(region -> region.code().value())
			.filter(code -> code.startsWith("440304"))
			.findFirst()
			.orElseThrow();
		importCsv("""
				indicator,region,period,value
				L84,440304,2025-Q1,70
				L84,%s,2025-Q1,68
				""".formatted(street)).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(2));
		read("L84").andExpect(jsonPath("$.values[*].source").value(contains("IMPORT", "IMPORT")))
			.andExpect(jsonPath("$.values[*].sender").value(contains("admin", "admin")))
			.andExpect(jsonPath("$.values[*].period").value(contains("2025-Q1", "2025-Q1")));
	}

	@Test
	void readsAnswerOnlyIndicatorsTheGradeAdmitsAndRegionsWithinTheCallersScope() throws Exception {
		fixtures.added(plan("L85", "grade", "INTERNAL", "frequency", "YEARLY"),
				plan("L85P1", "grade", "LEADERS", "frequency", "YEARLY"),
				plan("L85P2", "grade", "RESTRICTED", "frequency", "YEARLY", "responsibleDepartment",
						"440304-CHENGGUAN"));
		importCsv("""
				indicator,region,period,value
				L85,440300,2025,1
				L85,440304,2025,2
				L85,440305,2025,3
				L85P1,440300,2025,4
				L85P2,440304,2025,5
				""").andExpect(status().isOk());

		mvc.perform(get("/api/indicators/L85/values").with(fixtures.as("operator")))
			.andExpect(jsonPath("$.values[*].region").value(contains("440300", "440304", "440305")));
		mvc.perform(get("/api/indicators/L85/values").with(fixtures.as("futian-dispatcher")))
			.andExpect(jsonPath("$.values[*].region").value(contains("440304")));
		mvc.perform(get("/api/indicators/L85/values").param("region", "440305")
			.with(fixtures.as("futian-dispatcher"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/indicators/L85/values").param("region", "440304").param("region", "440305")
			.param("from", "2024").param("to", "2025").with(fixtures.as("leader")))
			.andExpect(jsonPath("$.values[*].value").value(contains(2.0, 3.0)));
		mvc.perform(get("/api/indicators/L85/values").param("from", "2025-01").with(fixtures.as("leader")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
		mvc.perform(get("/api/indicators/L85P1/values").with(fixtures.as("operator")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/indicators/L85P1/values").with(fixtures.as("leader")))
			.andExpect(jsonPath("$.values[*].value").value(contains(4.0)));
		mvc.perform(get("/api/indicators/L85P2/values").with(fixtures.as("handler")))
			.andExpect(jsonPath("$.values[*].value").value(contains(5.0)));
		mvc.perform(get("/api/indicators/L85P2/values").with(fixtures.as("dispatcher")))
			.andExpect(status().isNotFound());

		String integration = fixtures.apiKey("vt-reader", "INTEGRATION", "440300", "440300-JIAOTONG");
		mvc.perform(get("/api/indicators/L85/values").header("X-API-Key", integration))
			.andExpect(status().isNotFound());
		String source = fixtures.apiKey("vt-own-reader", "INDICATOR_SOURCE", "440300", "440300-SHENGTAI");
		mvc.perform(get("/api/indicators/L85/values").header("X-API-Key", source))
			.andExpect(jsonPath("$.values[*].region").value(hasItem("440305")));
		mvc.perform(get("/api/cases").header("X-API-Key", source)).andExpect(status().isForbidden());
	}

	@Test
	void aRetiredIndicatorTakesNoNewValuesButKeepsItsOwn() throws Exception {
		fixtures.added(plan("L86", "frequency", "WEEKLY"));
		importCsv("indicator,region,period,value\nL86,440304,2025-W10,40\n").andExpect(status().isOk());
		mvc.perform(delete("/api/admin/indicators/L86").with(fixtures.as("admin")).with(csrf()))
			.andExpect(status().isOk());
		importCsv("indicator,region,period,value\nL86,440304,2025-W11,41\n").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("retired")));
		read("L86").andExpect(jsonPath("$.values[*].period").value(containsInAnyOrder("2025-W10")));
	}

	private ResultActions push(String key, String batch) throws Exception {
		return mvc.perform(post("/api/indicator-values").header("X-API-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(batch));
	}

	private static String value(String indicator, String region, String period, double value) {
		return "{\"values\": [{\"indicator\": \"" + indicator + "\", \"region\": \"" + region + "\", \"period\": \""
				+ period + "\", \"value\": " + value + "}]}";
	}

	private ResultActions importCsv(String csv) throws Exception {
		return fixtures.post("/api/admin/indicator-values/import", "text/csv", csv);
	}

	private ResultActions read(String code, String... parameters) throws Exception {
		var request = get("/api/indicators/" + code + "/values").with(fixtures.as("admin"));
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return mvc.perform(request);
	}

	private ResultActions revise(String code, Object plan) throws Exception {
		return mvc.perform(put("/api/admin/indicators/" + code)
			.with(fixtures.as("admin"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(plan)));
	}

	private long count(String table, String indicator) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE indicator_code = ?")
			.param(indicator)
			.query(Long.class)
			.single();
	}
}
