package org.tongguan.casework.statistics;

import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tongguan.casework.history.HistoryImport;
import org.tongguan.casework.history.Importer;
import org.tongguan.casework.timeline.Actor;
import org.tongguan.identity.Role;
import org.tongguan.region.Location;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.Regions;
import org.tongguan.support.PlatformTest;
import org.tongguan.support.WithDemoUser;

/**
 * Statistics over imported history for March 2025, checked by hand: in 福田区 440304, A closed on time, B closed late
 * after rework, C still being handled (dispatched twice, returned once), E due in February and closed late in March,
 * F voided, G closed in March ahead of its April due time; in 罗湖区 440303, D closed on time.
 */
@PlatformTest
class CaseStatisticsApiTests {

	private static final String MARCH = "&from=2025-03-01&to=2025-04-01";

	private static final String HISTORY = """
			externalId,reportedAt,filedAt,dispatchedAt,handledAt,verifiedAt,closedAt,evaluatedAt,dueAt,category,\
			department,longitude,latitude,region,stage,satisfaction,dispatchCount,returnCount,reworkCount
			ST-A,2025-03-03 09:00,2025-03-03 09:30,2025-03-03 10:00,2025-03-03 15:00,2025-03-03 16:00,\
			2025-03-03 17:00,,,E0101,440304-CHENGGUAN,114.0579,22.5431,,,满意,,,
			ST-B,2025-03-04 09:00,2025-03-04 10:00,2025-03-04 10:30,2025-03-05 11:00,2025-03-05 15:00,\
			2025-03-05 16:00,2025-03-06 10:00,,E0101,440304-CHENGGUAN,114.0579,22.5431,,,不满意,,,1
			ST-C,2025-03-10 09:00,2025-03-10 09:10,2025-03-10 09:20,,,,,,E0102,440304-CHENGGUAN,,,440304,HANDLING,,2,1,
			ST-D,2025-03-05 09:00,2025-03-05 09:05,2025-03-05 09:10,2025-03-05 10:00,2025-03-05 10:30,\
			2025-03-05 11:00,,2025-03-06 18:00,E0101,440303-CHENGGUAN,,,440303,,基本满意,,,
			ST-E,2025-02-20 09:00,2025-02-20 09:30,2025-02-20 10:00,2025-02-28 10:00,2025-02-28 11:00,\
			2025-03-03 10:00,,,E0101,440304-CHENGGUAN,114.0579,22.5431,,,,,,
			ST-F,2025-03-12 09:00,,,,,,,,E0101,,,,440304,VOIDED,,,,
			ST-G,2025-03-31 09:00,2025-03-31 09:10,,,,2025-03-31 10:00,,2025-04-02 18:00,E0101,,,,440304,,,,,
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	HistoryImport history;

	@Autowired
	Regions regions;

	/** Imports the history once; later imports of the same file skip every row. */
	@BeforeEach
	void importHistory() {
		history.run(new ByteArrayInputStream(HISTORY.getBytes(StandardCharsets.UTF_8)), Map.of(), false,
				new Importer(new Actor("admin", "系统管理员", Role.ADMIN), RegionCode.PLATFORM));
	}

	@Test
	@WithDemoUser("leader")
	void countsEachDistrictWithTheEvaluationDefinitions() throws Exception {
		statistics("groupBy=district" + MARCH).andExpect(status().isOk())
			.andExpect(jsonPath("$.groupBy").value("DISTRICT"))
			.andExpect(jsonPath("$.groups.length()").value(2))
			.andExpect(jsonPath("$.groups[0].key").value("440303"))
			.andExpect(jsonPath("$.groups[0].name").value("罗湖区"))
			.andExpect(jsonPath("$.groups[0].dueToClose").value(1))
			.andExpect(jsonPath("$.groups[0].onTimeClosureRate").value(100.0))
			.andExpect(jsonPath("$.groups[0].grade").value("A"))
			.andExpect(jsonPath("$.groups[0].handlingTime.medianWorkingHours").value(1.92))
			.andExpect(jsonPath("$.groups[1].key").value("440304"))
			.andExpect(jsonPath("$.groups[1].name").value("福田区"))
			.andExpect(jsonPath("$.groups[1].reported").value(5))
			.andExpect(jsonPath("$.groups[1].filed").value(4))
			.andExpect(jsonPath("$.groups[1].dueToClose").value(4))
			.andExpect(jsonPath("$.groups[1].closed").value(3))
			.andExpect(jsonPath("$.groups[1].closedOnTime").value(2))
			.andExpect(jsonPath("$.groups[1].closureRate").value(75.0))
			.andExpect(jsonPath("$.groups[1].onTimeClosureRate").value(50.0))
			.andExpect(jsonPath("$.groups[1].grade").value("D"))
			.andExpect(jsonPath("$.groups[1].reworked").value(1))
			.andExpect(jsonPath("$.groups[1].reworkRate").value(25.0))
			.andExpect(jsonPath("$.groups[1].dispatched").value(4))
			.andExpect(jsonPath("$.groups[1].wronglyDispatched").value(1))
			.andExpect(jsonPath("$.groups[1].accuratelyDispatched").value(3))
			.andExpect(jsonPath("$.groups[1].accurateDispatchRate").value(75.0))
			.andExpect(jsonPath("$.groups[1].handlingTime.cases").value(4))
			.andExpect(jsonPath("$.groups[1].handlingTime.averageWorkingHours").value(16.71))
			.andExpect(jsonPath("$.groups[1].handlingTime.medianWorkingHours").value(8.25))
			.andExpect(jsonPath("$.groups[1].handlingTime.averageCalendarHours").value(75.71))
			.andExpect(jsonPath("$.groups[1].handlingTime.medianCalendarHours").value(18.75))
			.andExpect(jsonPath("$.groups[1].evaluated").value(2))
			.andExpect(jsonPath("$.groups[1].satisfactionRate").value(50.0))
			.andExpect(jsonPath("$.total.reported").value(6))
			.andExpect(jsonPath("$.total.dueToClose").value(5))
			.andExpect(jsonPath("$.total.closureRate").value(80.0))
			.andExpect(jsonPath("$.total.onTimeClosureRate").value(60.0))
			.andExpect(jsonPath("$.total.grade").value("C"))
			.andExpect(jsonPath("$.total.reworkRate").value(20.0))
			.andExpect(jsonPath("$.total.accurateDispatchRate").value(80.0))
			.andExpect(jsonPath("$.total.satisfactionRate").value(66.67))
			.andExpect(jsonPath("$.total.handlingTime.medianWorkingHours").value(5.5))
			.andExpect(jsonPath("$.total.handlingTime.averageWorkingHours").value(13.75))
			.andExpect(jsonPath("$.total.handlingTime.medianCalendarHours").value(7.5))
			.andExpect(jsonPath("$.total.handlingTime.averageCalendarHours").value(60.95));
	}

	@Test
	@WithDemoUser("shiftlead")
	void groupsByLeadDepartmentWithCasesWithoutOneLast() throws Exception {
		statistics("groupBy=department" + MARCH).andExpect(status().isOk())
			.andExpect(jsonPath("$.groups.length()").value(3))
			.andExpect(jsonPath("$.groups[1].key").value("440304-CHENGGUAN"))
			.andExpect(jsonPath("$.groups[1].name").value("福田区城市管理和综合执法局"))
			.andExpect(jsonPath("$.groups[1].dueToClose").value(3))
			.andExpect(jsonPath("$.groups[2].key").doesNotExist())
			.andExpect(jsonPath("$.groups[2].name").value("未指定"))
			.andExpect(jsonPath("$.groups[2].reported").value(2));
	}

	@Test
	@WithDemoUser("futian-dispatcher")
	void showsADistrictScopedCallerOnlyTheirDistrict() throws Exception {
		statistics("groupBy=category" + MARCH).andExpect(status().isOk())
			.andExpect(jsonPath("$.groups.length()").value(2))
			.andExpect(jsonPath("$.groups[0].key").value("E0101"))
			.andExpect(jsonPath("$.groups[0].name").value("暴露垃圾"))
			.andExpect(jsonPath("$.groups[0].dueToClose").value(3))
			.andExpect(jsonPath("$.groups[1].key").value("E0102"))
			.andExpect(jsonPath("$.total.reported").value(5))
			.andExpect(jsonPath("$.total.dueToClose").value(4));
		statistics("groupBy=district&district=440303" + MARCH).andExpect(status().isForbidden());
	}

	@Test
	@WithDemoUser("admin")
	void filtersByDistrictAndCategoryAndRefusesBadParameters() throws Exception {
		statistics("groupBy=channel&district=440304&category=E0102" + MARCH).andExpect(status().isOk())
			.andExpect(jsonPath("$.groups.length()").value(1))
			.andExpect(jsonPath("$.groups[0].key").value("HISTORY_IMPORT"))
			.andExpect(jsonPath("$.groups[0].name").value("历史导入"))
			.andExpect(jsonPath("$.groups[0].dispatched").value(2));
		statistics("groupBy=weather").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("groupBy"));
		statistics("groupBy=district&from=2025-04-01&to=2025-03-01").andExpect(status().isBadRequest());
		statistics("groupBy=district&from=March").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
		statistics("groupBy=district&district=449999").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("district"));
	}

	/** A and B were reported in March at the point; C, F and G lie only in their district, E was reported before. */
	@Test
	@WithDemoUser("admin")
	void filtersByTheStreetCommunityAndGridOfTheCasesLocatedThere() throws Exception {
		Location point = regions.locate(114.0579, 22.5431).orElseThrow();
		for (Region region : Stream.of(point.street(), point.community(), point.grid()).filter(Objects::nonNull)
			.toList()) {
			statistics("groupBy=district&district=" + region.code() + MARCH).andExpect(status().isOk())
				.andExpect(jsonPath("$.groups.length()").value(1))
				.andExpect(jsonPath("$.groups[0].key").value("440304"))
				.andExpect(jsonPath("$.total.reported").value(2));
		}
	}

	@Test
	@WithDemoUser("admin")
	void documentsEveryDefinitionInTheApiDescription() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/statistics/cases'].get.description").value(stringContainsInOrder(
					"dueToClose", "应结案数", "结案率", "按期结案率", "返工率", "准确派遣", "handlingTime", "满意率")));
	}

	@Test
	@WithDemoUser("handler")
	void refusesHandlers() throws Exception {
		statistics("groupBy=district" + MARCH).andExpect(status().isForbidden());
	}

	private ResultActions statistics(String query) throws Exception {
		return mvc.perform(get("/api/statistics/cases?" + query));
	}
}
