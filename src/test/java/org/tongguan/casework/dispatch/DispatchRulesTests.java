package org.tongguan.casework.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.tongguan.casework.store.CaseFixtures.FUTIAN;
import static org.tongguan.casework.store.CaseFixtures.GRID;
import static org.tongguan.casework.store.CaseFixtures.PLACE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.CategoryDefinition;
import org.tongguan.catalog.CategoryVersion;
import org.tongguan.catalog.CategoryVersionId;
import org.tongguan.catalog.Responsibility;
import org.tongguan.catalog.Urgency;
import org.tongguan.identity.Department;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.identity.DepartmentFunction;
import org.tongguan.identity.Departments;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.Regions;

/**
 * The dispatch rules (派遣规则) alone, over departments held in memory and one named grid: which rule decides, which
 * department it names, and the explanation it gives.
 */
class DispatchRulesTests {

	private static final Responsibility DISTRICT_CHENGGUAN = new Responsibility(RegionLevel.DISTRICT,
			DepartmentFunction.CHENGGUAN, DepartmentFunction.CHENGGUAN, DepartmentFunction.JIEDAO);

	private final List<Department> departments = new ArrayList<>();

	private final Regions regions = mock(Regions.class);

	private final DispatchRules rules = new DispatchRules(new HeldDepartments(), regions);

	@BeforeEach
	void nameTheGrid() {
		when(regions.find(GRID)).thenReturn(Optional.of(new Region(GRID, "网格一", RegionLevel.GRID, PLACE.community())));
	}

	@Test
	void dispatchesToTheDistrictDepartmentOfTheCataloguesFunctionServingThePlace() {
		Department chengguan = department("440304-CHENGGUAN", "福田区城管局", DepartmentFunction.CHENGGUAN,
				RegionLevel.DISTRICT, FUTIAN);
		department("440303-CHENGGUAN", "罗湖区城管局", DepartmentFunction.CHENGGUAN, RegionLevel.DISTRICT,
				RegionCode.of("440303"));

		DispatchDecision decision = rules.decide(PLACE, version(definition(DISTRICT_CHENGGUAN)), Urgency.NORMAL, null);

		assertThat(decision.outcome()).isEqualTo(DispatchDecision.Outcome.DISPATCHED);
		assertThat(decision.department()).isEqualTo(chengguan);
		assertThat(decision.rule()).isEqualTo(DispatchRule.CATALOGUE);
		assertThat(decision.explanation()).isEqualTo("事项清单责任部门：事项 E0101 暴露垃圾（事项清单版本 #7）由区级城管职能负责；"
				+ "位置 网格一（440304001001001） → 福田区城管局（440304-CHENGGUAN）");
	}

	@Test
	void transfersAPoliceMatterTo110WithoutLookingForADepartment() {
		department("440304-CHENGGUAN", "福田区城管局", DepartmentFunction.CHENGGUAN, RegionLevel.DISTRICT, FUTIAN);
		CategoryDefinition police = new CategoryDefinition("打架斗殴", DISTRICT_CHENGGUAN, Map.of(), null, null, null,
				true, false, true);

		DispatchDecision decision = rules.decide(PLACE, version(police), Urgency.NORMAL, null);

		assertThat(decision.outcome()).isEqualTo(DispatchDecision.Outcome.TRANSFERRED);
		assertThat(decision.department()).isNull();
		assertThat(decision.rule()).isEqualTo(DispatchRule.POLICE_MATTER);
		assertThat(decision.explanation()).startsWith("警情转110：").endsWith("属公安警情，移交 110 处置");
	}

	@Test
	void aDistrictsOwnResponsibilityComesBeforeTheCatalogues() {
		department("440304-CHENGGUAN", "福田区城管局", DepartmentFunction.CHENGGUAN, RegionLevel.DISTRICT, FUTIAN);
		Department huanwei = department("440304-HUANWEI", "福田区环卫中心", DepartmentFunction.HUANWEI,
				RegionLevel.DISTRICT, FUTIAN);
		Responsibility futianOwn = new Responsibility(RegionLevel.DISTRICT, null, DepartmentFunction.HUANWEI, null);
		CategoryDefinition definition = new CategoryDefinition("暴露垃圾", DISTRICT_CHENGGUAN, Map.of(FUTIAN, futianOwn),
				null, null, null, false, false, true);

		DispatchDecision decision = rules.decide(PLACE, version(definition), Urgency.NORMAL, null);

		assertThat(decision.department()).isEqualTo(huanwei);
		assertThat(decision.rule()).isEqualTo(DispatchRule.DISTRICT_OVERRIDE);
	}

	@Test
	void goesOneLevelUpWhenNoDepartmentServesThePlaceAtTheDispatchLevel() {
		Department district = department("440304-CHENGGUAN", "福田区城管局", DepartmentFunction.CHENGGUAN,
				RegionLevel.DISTRICT, FUTIAN);
		department("440304002-JIEDAO", "南园街道办", DepartmentFunction.JIEDAO, RegionLevel.STREET,
				RegionCode.of("440304002"));
		Responsibility street = new Responsibility(RegionLevel.STREET, null, DepartmentFunction.CHENGGUAN,
				DepartmentFunction.JIEDAO);

		DispatchDecision decision = rules.decide(PLACE, version(definition(street)), Urgency.NORMAL, null);

		assertThat(decision.department()).isEqualTo(district);
		assertThat(decision.rule()).isEqualTo(DispatchRule.LEVEL_FALLBACK);
		assertThat(decision.explanation()).contains("由区级城管职能负责");
	}

	@Test
	void anUrgentRoundTheClockMatterGoesStraightToTheDutyDepartment() {
		department("440304-CHENGGUAN", "福田区城管局", DepartmentFunction.CHENGGUAN, RegionLevel.DISTRICT, FUTIAN);
		CategoryDefinition gas = new CategoryDefinition("燃气泄漏", DISTRICT_CHENGGUAN, Map.of(), null, null, null,
				false, true, true);

		assertThat(rules.decide(PLACE, version(gas), Urgency.CRITICAL, null).rule())
			.isEqualTo(DispatchRule.EMERGENCY_DUTY);
		assertThat(rules.decide(PLACE, version(gas), Urgency.NORMAL, null).rule()).isEqualTo(DispatchRule.CATALOGUE);
		assertThat(DispatchRules.emergency(gas, Urgency.URGENT)).isTrue();
		assertThat(DispatchRules.emergency(definition(DISTRICT_CHENGGUAN), Urgency.CRITICAL)).isFalse();
	}

	@Test
	void aDisabledDepartmentReceivesNoDispatchAndWithoutAnyTheCaseWaitsForADispatcher() {
		departments.add(new Department(new DepartmentCode("440304-CHENGGUAN"), "福田区城管局",
				DepartmentFunction.CHENGGUAN, RegionLevel.DISTRICT, FUTIAN, Set.of(FUTIAN), false, null));

		DispatchDecision decision = rules.decide(PLACE, version(definition(DISTRICT_CHENGGUAN)), Urgency.NORMAL, null);

		assertThat(decision.outcome()).isEqualTo(DispatchDecision.Outcome.MANUAL);
		assertThat(decision.department()).isNull();
		assertThat(decision.rule()).isEqualTo(DispatchRule.NO_MATCH);
		assertThat(decision.explanation()).isEqualTo("无匹配规则，转人工派遣：事项 E0101 暴露垃圾（事项清单版本 #7）在 "
				+ "网格一（440304001001001） 没有区级城管部门");
	}

	@Test
	void aDepartmentTheChannelNamesTakesTheCaseUnlessItIsDisabledOrUnknown() {
		Department chengguan = department("440304-CHENGGUAN", "福田区城管局", DepartmentFunction.CHENGGUAN,
				RegionLevel.DISTRICT, FUTIAN);
		Department environment = department("440300-SHENGTAI", "市生态环境局", DepartmentFunction.SHENGTAI,
				RegionLevel.CITY, RegionCode.of("440300"));
		departments.add(new Department(new DepartmentCode("440300-ZHUJIAN"), "市住建局", DepartmentFunction.ZHUJIAN,
				RegionLevel.CITY, RegionCode.of("440300"), Set.of(RegionCode.of("440300")), false, null));
		CategoryVersion version = version(definition(DISTRICT_CHENGGUAN));

		DispatchDecision named = rules.decide(PLACE, version, Urgency.NORMAL, environment.code());

		assertThat(named.department()).isEqualTo(environment);
		assertThat(named.rule()).isEqualTo(DispatchRule.NAMED);
		assertThat(named.explanation()).isEqualTo("报送渠道指定责任部门：事项 E0101 暴露垃圾（事项清单版本 #7）由报送渠道指定 → "
				+ "市生态环境局（440300-SHENGTAI）");
		assertThat(rules.decide(PLACE, version, Urgency.NORMAL, new DepartmentCode("440300-ZHUJIAN")).department())
			.isEqualTo(chengguan);
		assertThat(rules.decide(PLACE, version, Urgency.NORMAL, new DepartmentCode("440300-NOBODY")).rule())
			.isEqualTo(DispatchRule.CATALOGUE);
	}

	private Department department(String code, String name, DepartmentFunction function, RegionLevel level,
			RegionCode home) {
		Department department = new Department(new DepartmentCode(code), name, function, level, home, Set.of(home));
		departments.add(department);
		return department;
	}

	private static CategoryDefinition definition(Responsibility responsibility) {
		return new CategoryDefinition("暴露垃圾", responsibility, Map.of(), null, null, null, false, false, true);
	}

	private static CategoryVersion version(CategoryDefinition definition) {
		return new CategoryVersion(new CategoryVersionId(7), CategoryCode.of("E0101"), 1, definition, "test",
				Instant.parse("2026-11-01T00:00:00Z"), null);
	}

	/** The departments of this test; one serves a region when the region lies in a subtree it serves. */
	private final class HeldDepartments implements Departments {

		@Override
		public Optional<Department> find(DepartmentCode code) {
			return departments.stream().filter(department -> department.code().equals(code)).findFirst();
		}

		@Override
		public List<Department> serving(DepartmentFunction function, RegionLevel level, RegionCode region) {
			return departments.stream()
				.filter(department -> department.function().equals(function) && department.level() == level)
				.filter(department -> department.serves()
					.stream()
					.anyMatch(served -> region.value().startsWith(served.value())))
				.toList();
		}

		@Override
		public List<Department> all() {
			return List.copyOf(departments);
		}
	}
}
