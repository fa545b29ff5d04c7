package org.tongguan.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongguan.indicator.IndicatorFixtures.json;
import static org.tongguan.indicator.IndicatorFixtures.plan;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tongguan.identity.internal.UserDirectory;
import org.tongguan.support.PlatformTest;

/**
 * The whole registry imported and exported as JSON and CSV: all or nothing with every problem named by its line,
 * unchanged when imported again, and an export imported back changes nothing. Codes L70–L79.
 */
@PlatformTest
class RegistryImportApiTests {

	private static final String HEADER = "code,name,definition,caliber,method,unit,direction,indicatorClass,domain,"
			+ "level,frequency,expectedDelay,sourceDepartment,sourceSystem,responsibleDepartment,references,grade,"
			+ "highFrequency,min,max,target,yellowAbove,redAbove,hysteresis,responsePlan\n";

	private static final String COMMON = ",定义,口径,方法";

	private static final String SOURCE = "440300-SHENGTAI,ri-source,440300-SHENGTAI";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	IndicatorFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new IndicatorFixtures(mvc, users);
	}

	@Test
	void aJsonRegistryImportsWholeChildrenBeforeParentsAndAgainChangesNothing() throws Exception {
		List<Map<String, Object>> plans = List.of(plan("L70P1-A1", "level", "STREET"), plan("L70P1"),
				plan("L70", "level", "CITY"));
		importJson(json(Map.of("indicators", plans))).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(3))
			.andExpect(jsonPath("$.unchanged").value(0));
		importJson(json(Map.of("indicators", plans))).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.revised").value(0))
			.andExpect(jsonPath("$.unchanged").value(3));
		importJson(json(Map.of("indicators", List.of(plan("L70P1", "unit", "件", "note", "按件统计"))))).andExpect(
				status().isOk()).andExpect(jsonPath("$.revised").value(1));
		mvc.perform(get("/api/indicators/L70P1").with(fixtures.as("admin")))
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.note").value("按件统计"));
		mvc.perform(get("/api/indicators/L70P1-A1/versions").with(fixtures.as("admin")))
			.andExpect(jsonPath("$[0].note").value("import"));
	}

	@Test
	void aCsvRegistryNamesEveryBadLineAndStoresNothing() throws Exception {
		importCsv(HEADER + """
				L71,民生诉求总体%1$s,%%,HIGHER_BETTER,GOVERNMENT,PUBLIC_DEMANDS,CITY,MONTHLY,P10D,%2$s,,PUBLIC,,0,100,,,,,
				L71P1,受理量%1$s,件,UPWARDS,GOVERNMENT,PUBLIC_DEMANDS,DISTRICT,MONTHLY,P10D,%2$s,,PUBLIC,,0,,,,,,
				L71P2,"多行
				名称"%1$s,件,HIGHER_WORSE,GOVERNMENT,PUBLIC_DEMANDS,DISTRICT,MONTHLY,P10D,%2$s,ISO_37120,PUBLIC,maybe,0,,,,,,
				L71P3,超时量%1$s,件,HIGHER_WORSE,GOVERNMENT,PUBLIC_DEMANDS,DISTRICT,WEEKLY,P1D,%2$s,,PUBLIC,,zero,,,5,3,,
				L71P1,重复%1$s,件,HIGHER_BETTER,GOVERNMENT,PUBLIC_DEMANDS,DISTRICT,MONTHLY,P10D,%2$s,,PUBLIC,,0,,,,,,
				L79P1,孤儿%1$s,件,HIGHER_BETTER,GOVERNMENT,PUBLIC_DEMANDS,DISTRICT,MONTHLY,P10D,%2$s,,PUBLIC,,0,,,,,,
				""".formatted(COMMON, SOURCE)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(contains("line 3", "line 4", "line 4", "line 6",
					"line 6", "line 6", "line 7", "line 8")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("direction: 'UPWARDS'")))
			.andExpect(jsonPath("$.errors[1].message").value(containsString("references")))
			.andExpect(jsonPath("$.errors[2].message").value(containsString("highFrequency")))
			.andExpect(jsonPath("$.errors[3].message").value(containsString("min: 'zero' is not a number")))
			.andExpect(jsonPath("$.errors[4].message").value(containsString("thresholds")))
			.andExpect(jsonPath("$.errors[5].message").value(containsString("responsePlan")))
			.andExpect(jsonPath("$.errors[6].message").value(containsString("stated on line 3 already")))
			.andExpect(jsonPath("$.errors[7].message").value(containsString("parent L79")));
		importCsv("code,name,domian\nL71,x,ECONOMY\n").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("line 1"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("'domian' is no column")));
		mvc.perform(get("/api/indicators/L71").with(fixtures.as("admin"))).andExpect(status().isNotFound());
	}

	@Test
	void aJsonItemThatCannotBeReadIsNamedByItsLine() throws Exception {
		importJson("""
				{"indicators": [
				  %s,
				  {"code": "L72P1", "min": "low"},
				  {"code": "L72P2", "name": "x"}
				]}""".formatted(json(plan("L72", "level", "CITY")))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("line 3"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("indicators[1].min")))
			.andExpect(jsonPath("$.errors[1].field").value("line 4"))
			.andExpect(jsonPath("$.errors[1].message").value(containsString("indicators[2].definition: is required")));
		importJson("{\"indicators\": [").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("not well-formed JSON")));
		mvc.perform(get("/api/indicators/L72").with(fixtures.as("admin"))).andExpect(status().isNotFound());
	}

	@Test
	void anExportedRegistryImportsBackUnchangedAsJsonAndAsCsv() throws Exception {
		importCsv(HEADER + """
				L73,民生诉求总体%1$s,%%,HIGHER_BETTER,GOVERNMENT,PUBLIC_DEMANDS,CITY,MONTHLY,P10D,%2$s,"CITY_CHECKUP:宜居-1; ISO_37122:6.2",PUBLIC,true,0,100,95,,,,
				L73P1,"超时工单, 逾期"%1$s,件,HIGHER_WORSE,GOVERNMENT,PUBLIC_DEMANDS,DISTRICT,DAILY,PT6H,%2$s,,INTERNAL,,0,,,50,80,2.5,"督办 ""红色"" 工单"
				""".formatted(COMMON, SOURCE)).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(2));

		String json = export("JSON").andExpect(header().string("Content-Disposition",
				containsString("indicators.json"))).andReturn().getResponse().getContentAsString(
						StandardCharsets.UTF_8);
		String csv = export("CSV").andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("\"超时工单, 逾期\"", "\"督办 \"\"红色\"\" 工单\"", "CITY_CHECKUP:宜居-1; ISO_37122:6.2");
		int total = com.jayway.jsonpath.JsonPath.<List<?>>read(json, "$.indicators").size();

		importJson(json).andExpect(status().isOk()).andExpect(jsonPath("$.unchanged").value(total));
		importCsv(csv).andExpect(status().isOk()).andExpect(jsonPath("$.unchanged").value(total));
		assertThat(export("JSON").andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo(json);
		mvc.perform(get("/api/indicators/L73P1").with(fixtures.as("admin")))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.plan.expectedDelay").value("PT6H"))
			.andExpect(jsonPath("$.plan.thresholds[*].level").value(contains("YELLOW", "RED")))
			.andExpect(jsonPath("$.plan.hysteresis").value(2.5));
		export("XML").andExpect(status().isBadRequest());
		mvc.perform(get("/api/admin/indicators/export").with(fixtures.as("leader"))).andExpect(status().isForbidden());
	}

	private ResultActions importJson(String document) throws Exception {
		return fixtures.post("/api/admin/indicators/import", MediaType.APPLICATION_JSON_VALUE, document);
	}

	private ResultActions importCsv(String csv) throws Exception {
		return fixtures.post("/api/admin/indicators/import", "text/csv", csv);
	}

	private ResultActions export(String format) throws Exception {
		return mvc.perform(get("/api/admin/indicators/export").param("format", format).with(fixtures.as("admin")));
	}
}
