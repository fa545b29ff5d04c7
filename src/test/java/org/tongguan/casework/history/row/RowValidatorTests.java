package org.tongguan.casework.history.row;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyDouble;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tongguan.calendar.CalendarKind;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.Satisfaction;
import org.tongguan.casework.deadline.WorkingTime;
import org.tongguan.casework.history.ValueMaps;
import org.tongguan.casework.history.csv.ColumnMapping;
import org.tongguan.casework.history.csv.CsvReader;
import org.tongguan.casework.history.mapping.References;
import org.tongguan.casework.history.mapping.ValueMapping;
import org.tongguan.catalog.Catalog;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.CategoryDefinition;
import org.tongguan.catalog.CategoryLimits;
import org.tongguan.catalog.CategoryVersion;
import org.tongguan.catalog.CategoryVersionId;
import org.tongguan.catalog.Responsibility;
import org.tongguan.catalog.Stage;
import org.tongguan.catalog.Urgency;
import org.tongguan.identity.Department;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.identity.DepartmentFunction;
import org.tongguan.identity.Departments;
import org.tongguan.region.Location;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.Regions;
import org.tongguan.shared.TimeLimit;

/** Validating one row of a history file: what makes a case, and every problem a row can have. */
class RowValidatorTests {

	private static final String HEADER = "externalId,reportedAt,filedAt,dispatchedAt,closedAt,evaluatedAt,dueAt,"
			+ "category,urgency,department,longitude,latitude,region,stage,satisfaction,dispatchCount,returnCount\n";

	private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

	private static final Region DISTRICT = new Region(RegionCode.of("440304"), "福田区", RegionLevel.DISTRICT,
			RegionCode.of("440300"));

	private static final Region STREET = new Region(RegionCode.of("440304001"), "园岭街道", RegionLevel.STREET,
			DISTRICT.code());

	private static final Region GRID = new Region(RegionCode.of("440304001001001"), "网格", RegionLevel.GRID,
			RegionCode.of("440304001001"));

	private final Catalog catalog = mock(Catalog.class);

	private final Departments departments = mock(Departments.class);

	private final Regions regions = mock(Regions.class);

	private final WorkingTime time = mock(WorkingTime.class);

	private final List<String> problems = new ArrayList<>();

	RowValidatorTests() {
		CategoryVersion garbage = version();
		when(catalog.current(CategoryCode.of("E0101"))).thenReturn(Optional.of(garbage));
		when(catalog.current(CategoryCode.of("E0199"))).thenReturn(Optional.empty());
		DepartmentCode code = new DepartmentCode("440304-CHENGGUAN");
		when(departments.find(any())).thenReturn(Optional.empty());
		when(departments.find(code)).thenReturn(Optional.of(new Department(code, "福田区城市管理和综合执法局",
				DepartmentFunction.CHENGGUAN, RegionLevel.DISTRICT, DISTRICT.code(), Set.of(DISTRICT.code()))));
		when(regions.locate(anyDouble(), anyDouble())).thenReturn(Optional.empty());
		when(regions.locate(114.0579, 22.5431)).thenReturn(Optional.of(new Location(GRID, null, STREET, DISTRICT)));
		when(regions.lineage(any())).thenReturn(List.of());
		when(regions.lineage(STREET.code())).thenReturn(List.of(STREET, DISTRICT));
		when(regions.lineage(DISTRICT.code())).thenReturn(List.of(DISTRICT));
		when(regions.isWithin(GRID.code(), DISTRICT.code())).thenReturn(true);
		when(time.length(any(), any())).thenReturn(Duration.ofHours(7));
		when(time.after(any(), any(), any()))
			.thenAnswer(call -> call.<Instant>getArgument(0).plus(call.<Duration>getArgument(1)));
		when(time.elapsed(any(), any(), any()))
			.thenAnswer(call -> Duration.between(call.<Instant>getArgument(0), call.<Instant>getArgument(1)));
	}

	@Test
	void turnsACompleteRowIntoAClosedCase() throws IOException {
		HistoryCase valid = validate("H-1,2025-03-03 09:00,2025-03-03 09:30,2025-03-03 10:00,2025-03-03 15:00,,,"
				+ "E0101,,440304-CHENGGUAN,114.0579,22.5431,,,满意,,");
		assertThat(problems).isEmpty();
		assertThat(valid.externalId()).isEqualTo("H-1");
		assertThat(valid.line()).isEqualTo(2);
		assertThat(valid.stage()).isEqualTo(CaseStage.CLOSED);
		assertThat(valid.place().grid()).isEqualTo(GRID.code());
		assertThat(valid.place().street()).isEqualTo(STREET.code());
		assertThat(valid.place().district()).isEqualTo(DISTRICT.code());
		assertThat(valid.matter().urgency()).isEqualTo(Urgency.NORMAL);
		assertThat(valid.matter().calendar()).isEqualTo(CalendarKind.WORKING);
		assertThat(valid.lead().name()).isEqualTo("福田区城市管理和综合执法局");
		assertThat(valid.overall().dueAt()).isEqualTo(Instant.parse("2025-03-03T08:00:00Z"));
		assertThat(valid.overall().warnAt()).isEqualTo(Instant.parse("2025-03-03T06:36:00Z"));
		assertThat(valid.onTime()).isTrue();
		assertThat(valid.overall().warned()).isTrue();
		assertThat(valid.overall().overdue()).isFalse();
		assertThat(valid.satisfaction()).isEqualTo(Satisfaction.SATISFIED);
		assertThat(valid.reached().evaluated()).isEqualTo(valid.reached().closed());
		assertThat(valid.tally().dispatches()).isEqualTo(1);
	}

	@Test
	void takesTheDueTimeFromTheFileAndLocatesByRegionCode() throws IOException {
		HistoryCase valid = validate("H-2,2025-03-03 09:00,,,2025-03-05 10:00,,2025-03-04 18:00,E0101,,,,,"
				+ "440304001,,,,");
		assertThat(problems).isEmpty();
		assertThat(valid.overall().dueAt()).isEqualTo(Instant.parse("2025-03-04T10:00:00Z"));
		assertThat(valid.overall().limit()).isEqualTo(Duration.ofHours(33));
		assertThat(valid.overall().overdue()).isTrue();
		assertThat(valid.onTime()).isFalse();
		assertThat(valid.place().grid()).isNull();
		assertThat(valid.place().street()).isEqualTo(STREET.code());
		assertThat(valid.tally().dispatches()).isZero();
	}

	@Test
	void listsEveryProblemOfABadRow() throws IOException {
		assertThat(validate("H-3,2025-03-32 09:00,2025-03-03 09:30,2025-03-03 08:00,,,,E0199,ASAP,NOBODY,"
				+ "120.5,30.1,,DONE,very happy,1,2")).isNull();
		assertThat(problems).anySatisfy(problem -> assertThat(problem).startsWith("reportedAt: '2025-03-32 09:00' "
				+ "is not a date-time"))
			.anySatisfy(problem -> assertThat(problem).startsWith("dispatchedAt: before filedAt"))
			.anySatisfy(problem -> assertThat(problem).startsWith("category: 'E0199' is not a sub-category"))
			.anySatisfy(problem -> assertThat(problem).startsWith("department: 'NOBODY' is not a department"))
			.anySatisfy(problem -> assertThat(problem).endsWith("lies outside every region of the platform"))
			.anySatisfy(problem -> assertThat(problem).startsWith("stage: 'DONE' is not a stage"))
			.anySatisfy(problem -> assertThat(problem).startsWith("satisfaction: 'very happy' is not an answer"))
			.anySatisfy(problem -> assertThat(problem).startsWith("returnCount: more returns than dispatches"));
	}

	@Test
	void requiresTheExternalIdReportTimeCategoryAndALocation() throws IOException {
		assertThat(validate(",,,,,,,,,,,,,,,,")).isNull();
		assertThat(problems).containsExactlyInAnyOrder("externalId: required", "reportedAt: required",
				"category: required", "location: give longitude and latitude, or a region code or name");
	}

	@Test
	void refusesTimesInTheFutureAndCallbacksBeforeClosure() throws IOException {
		assertThat(validate("H-4,2027-01-01 09:00,,,,2027-01-02 09:00,,E0101,,,,,440304,,,,")).isNull();
		assertThat(problems).contains("reportedAt: lies in the future", "evaluatedAt: lies in the future",
				"evaluatedAt: a case is called back only after closedAt");
	}

	@Test
	void refusesAStageTheTimesContradict() throws IOException {
		assertThat(validate("H-5,2025-03-03 09:00,,,2025-03-03 12:00,,,E0101,,,,,440304,HANDLING,,,")).isNull();
		assertThat(problems).singleElement().asString().startsWith("stage: closedAt is given but stage HANDLING");
		problems.clear();
		assertThat(validate("H-6,2025-03-03 09:00,,,,,,E0101,,,,,440304,已办结,,,")).isNull();
		assertThat(problems).containsExactly("stage: stage CLOSED (已办结) needs closedAt");
	}

	@Test
	void refusesAPointOutsideTheGivenRegionAndAnUnknownRegionOrUrgency() throws IOException {
		assertThat(validate("H-7,2025-03-03 09:00,,,,,,E0101,CRITICAL,,114.0579,22.5431,440303,,,,")).isNull();
		assertThat(problems).anySatisfy(problem -> assertThat(problem).startsWith("urgency: 'CRITICAL' is not an "
				+ "urgency E0101 offers"))
			.anySatisfy(problem -> assertThat(problem).contains("not in region 440303"));
		problems.clear();
		assertThat(validate("H-8,2025-03-03 09:00,,,,,,E0101,,,,,999999,,,,")).isNull();
		assertThat(problems).containsExactly("region: '999999' is not a district, street, community or grid of the "
				+ "city");
	}

	@Test
	void refusesANameSeveralCategoriesDepartmentsOrRegionsBearNamingTheirCodes() throws IOException {
		when(catalog.currentAll()).thenReturn(List.of(version("E0101"), version("C0101")));
		Department first = new Department(new DepartmentCode("440304-A"), "城管局", DepartmentFunction.CHENGGUAN,
				RegionLevel.DISTRICT, DISTRICT.code(), Set.of(DISTRICT.code()));
		Department second = new Department(new DepartmentCode("440303-A"), "城管局", DepartmentFunction.CHENGGUAN,
				RegionLevel.DISTRICT, RegionCode.of("440303"), Set.of(RegionCode.of("440303")));
		when(departments.all()).thenReturn(List.of(first, second));
		when(regions.named("园岭街道", null)).thenReturn(List.of(STREET, new Region(RegionCode.of("440303001"),
				"园岭街道", RegionLevel.STREET, RegionCode.of("440303"))));
		assertThat(validate("H-9,2025-03-03 09:00,,,,,,暴露垃圾,,城管局,,,园岭街道,,,,")).isNull();
		assertThat(problems).containsExactly(
				"category: '暴露垃圾' names several sub-categories: E0101, C0101; give the code or map the value",
				"department: '城管局' names several departments: 440304-A, 440303-A; give the code or map the value",
				"region: '园岭街道' names several regions: 440304001 (street), 440303001 (street); give the code or "
						+ "map the value");
	}

	@Test
	void readsCategoryDepartmentAndRegionByTheirExactNames() throws IOException {
		when(catalog.currentAll()).thenReturn(List.of(version("E0101")));
		Department lead = departments.find(new DepartmentCode("440304-CHENGGUAN")).orElseThrow();
		when(departments.all()).thenReturn(List.of(lead));
		when(regions.named("园岭街道", null)).thenReturn(List.of(STREET));
		HistoryCase valid = validate("H-10,2025-03-03 09:00,,,,,,暴露垃圾,,福田区城市管理和综合执法局,,,园岭街道,,,,");
		assertThat(problems).isEmpty();
		assertThat(valid.matter().category().value()).isEqualTo("E0101");
		assertThat(valid.lead().code().value()).isEqualTo("440304-CHENGGUAN");
		assertThat(valid.place().street()).isEqualTo(STREET.code());
		assertThat(valid.place().district()).isEqualTo(DISTRICT.code());
		assertThat(valid.handlingFrom()).as("no filedAt: from reportedAt").isEqualTo(valid.reached().reported());
	}

	private HistoryCase validate(String row) throws IOException {
		CsvReader reader = new CsvReader(new StringReader(HEADER + row + "\n"));
		reader.next();
		ColumnMapping columns = ColumnMapping.of(reader.fields(), Map.of());
		reader.next();
		References references = new References(catalog, departments, regions, RegionCode.PLATFORM);
		RowValidator validator = new RowValidator(columns, references,
				ValueMapping.of(ValueMaps.NONE, ValueMaps.NONE, references), new TimeText(ZoneId.of("Asia/Shanghai")),
				new HistoryDeadlines(time, NOW), NOW);
		return validator.validate(reader, problems);
	}

	private static CategoryVersion version() {
		return version("E0101");
	}

	private static CategoryVersion version(String code) {
		Map<Stage, TimeLimit> stages = new EnumMap<>(Stage.class);
		for (Stage stage : Stage.values()) {
			stages.put(stage, TimeLimit.workingHours(2));
		}
		CategoryLimits limits = new CategoryLimits(Urgency.NORMAL,
				Map.of(Urgency.NORMAL, TimeLimit.workingDays(1), Urgency.URGENT, TimeLimit.workingHours(4)), stages);
		CategoryDefinition definition = new CategoryDefinition("暴露垃圾", new Responsibility(RegionLevel.STREET,
				DepartmentFunction.CHENGGUAN, DepartmentFunction.HUANWEI, DepartmentFunction.JIEDAO), Map.of(), limits,
				"垃圾已清除", null, false, false, true);
		return new CategoryVersion(new CategoryVersionId(7), CategoryCode.of(code), 1, definition, "admin", NOW, null);
	}
}
