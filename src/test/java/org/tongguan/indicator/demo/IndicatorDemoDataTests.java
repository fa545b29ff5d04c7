package org.tongguan.indicator.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.tongguan.identity.Caller;
import org.tongguan.identity.Role;
import org.tongguan.indicator.Direction;
import org.tongguan.indicator.Frequency;
import org.tongguan.indicator.IndicatorClass;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.IndicatorDomain;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.IndicatorValue;
import org.tongguan.indicator.Indicators;
import org.tongguan.indicator.Period;
import org.tongguan.indicator.ThresholdLevel;
import org.tongguan.indicator.ValueSource;
import org.tongguan.indicator.value.ValueReads;
import org.tongguan.region.RegionCode;
import org.tongguan.region.Regions;
import org.tongguan.shared.CsvTable;
import org.tongguan.support.PlatformTest;
import org.tongguan.support.TestClockConfiguration;

/**
 * The demo indicator system on a demo platform: the demo registry imports whole (every domain and class, codes
 * hierarchical), the pushed indicators' values are reproducible from the seed, valid for their plans, stored as their
 * source systems' imports, breach thresholds now and then, and a second load adds nothing.
 */
@PlatformTest
@Import(TestClockConfiguration.class)
@TestPropertySource(properties = "tongguan.indicator.demo.enabled=true")
class IndicatorDemoDataTests {

	private static final Caller ADMIN = new Caller("admin", "管理员", Set.of(Role.ADMIN), RegionCode.PLATFORM, null);

	@Autowired
	Indicators indicators;

	@Autowired
	DemoValues values;

	@Autowired
	ValueReads reads;

	@Autowired
	Regions regions;

	@Autowired
	IndicatorDemoData demoData;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void demoIndicatorsLoaded() {
		demoData.start().join(); // queued behind the load the start began, and finding the registry filled
	}

	@Test
	void theDemoRegistryImportsWholeAcrossEveryDomainAndClassWithItsParents() {
		Map<IndicatorCode, IndicatorPlan> plans = demoPlans();
		assertThat(plans).hasSize(csvCodes().size()).hasSizeGreaterThanOrEqualTo(300);
		assertThat(plans.values().stream().map(IndicatorPlan::domain).collect(Collectors.toSet()))
			.isEqualTo(EnumSet.allOf(IndicatorDomain.class));
		assertThat(plans.values().stream().map(IndicatorPlan::indicatorClass).collect(Collectors.toSet()))
			.isEqualTo(EnumSet.allOf(IndicatorClass.class));
		assertThat(plans.keySet())
			.allSatisfy(code -> code.parent().ifPresent(parent -> assertThat(plans).containsKey(parent)));
		assertThat(plans.keySet().stream().filter(code -> code.level() == 1).map(IndicatorCode::value))
			.containsExactlyInAnyOrder("L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8", "L9", "L10", "L11", "L12", "L13",
					"L14", "L15");
		assertThat(plans.values()).filteredOn(plan -> plan.code().level() == 3).hasSizeGreaterThan(300);
	}

	@Test
	void everyPushedIndicatorHasASeriesModelAndNoComputedOneHas() {
		Set<IndicatorCode> pushed = demoPlans().values()
			.stream()
			.filter(plan -> plan.code().level() == 3 && !plan.source().system().equals("tongguan"))
			.map(IndicatorPlan::code)
			.collect(Collectors.toSet());
		assertThat(models().stream().map(SeriesModel::code).collect(Collectors.toSet())).isEqualTo(pushed);
	}

	@Test
	void theSameSeedDrawsTheSameValuesAndAnotherSeedOthers() {
		Map<IndicatorCode, IndicatorPlan> plans = demoPlans();
		List<DemoValue> first = values.generate(models(), plans);
		assertThat(values.generate(models(), plans)).isEqualTo(first);
		assertThat(values.generate(models(), plans, new DemoSeries(18))).hasSameSizeAs(first).isNotEqualTo(first);
	}

	@Test
	void everyValueFitsItsPlansRangePeriodAndLevel() {
		Map<IndicatorCode, IndicatorPlan> plans = demoPlans();
		List<DemoValue> generated = values.generate(models(), plans);
		assertThat(generated).hasSizeGreaterThan(50_000).allSatisfy(value -> {
			IndicatorPlan plan = plans.get(value.indicator());
			assertThat(plan.validRange().contains(value.value())).as("%s in %s", value, plan.validRange().text())
				.isTrue();
			assertThat(value.period().frequency()).isEqualTo(plan.frequency());
			assertThat(Period.parse(plan.frequency(), value.period().text())).isEqualTo(value.period());
			assertThat(regions.find(value.region()).orElseThrow().level()).isLessThanOrEqualTo(plan.level());
		});
		Map<IndicatorCode, Long> perIndicator = generated.stream()
			.collect(Collectors.groupingBy(DemoValue::indicator, Collectors.counting()));
		assertThat(perIndicator).hasSize(models().size());
	}

	@Test
	void aFewValuesBreachThresholdsAndEveryWarningIndicatorBreachesSometimes() {
		Map<IndicatorCode, IndicatorPlan> plans = demoPlans();
		Map<IndicatorCode, List<DemoValue>> byIndicator = values.generate(models(), plans)
			.stream()
			.filter(value -> !plans.get(value.indicator()).thresholds().levels().isEmpty())
			.collect(Collectors.groupingBy(DemoValue::indicator));
		long breaching = 0;
		long total = 0;
		for (Map.Entry<IndicatorCode, List<DemoValue>> indicator : byIndicator.entrySet()) {
			IndicatorPlan plan = plans.get(indicator.getKey());
			long breaches = indicator.getValue().stream().filter(value -> breaches(plan, value.value())).count();
			if (plan.frequency() != Frequency.YEARLY) {
				assertThat(breaches).as("breaches of %s", plan.code()).isPositive();
			}
			breaching += breaches;
			total += indicator.getValue().size();
		}
		assertThat((double) breaching / total).isLessThan(0.05);
	}

	@Test
	void theStoredValuesAreTheGeneratedOnesSentByTheirSourceSystemsOnceOnly() {
		Map<IndicatorCode, IndicatorPlan> plans = demoPlans();
		Map<String, Double> generated = new HashMap<>();
		values.generate(models(), plans).forEach(value -> generated.put(key(value.indicator(), value.region(),
				value.period()), value.value()));
		Map<String, Double> stored = new HashMap<>();
		for (SeriesModel model : models()) {
			for (IndicatorValue value : reads.series(model.code(), List.of(), null, null, null, ADMIN).values()) {
				assertThat(value.source()).isEqualTo(ValueSource.IMPORT);
				assertThat(value.sender()).isEqualTo(plans.get(model.code()).source().system());
				stored.put(key(value.indicator(), value.region(), value.period()), value.value());
			}
		}
		assertThat(stored).isEqualTo(generated);
		long versions = count("indicator_plan_version");
		long rows = count("indicator_value");
		demoData.start().join();
		assertThat(count("indicator_plan_version")).isEqualTo(versions);
		assertThat(count("indicator_value")).isEqualTo(rows);
		assertThat(count("indicator_value_revision")).isZero();
	}

	private static boolean breaches(IndicatorPlan plan, double value) {
		for (ThresholdLevel level : plan.thresholds().levels()) {
			if (level.above() != null && value >= level.above() && plan.direction() != Direction.HIGHER_BETTER
					|| level.below() != null && value <= level.below()) {
				return true;
			}
		}
		return false;
	}

	private long count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	private static String key(IndicatorCode indicator, RegionCode region, Period period) {
		return indicator + "|" + region + "|" + period;
	}

	private Map<IndicatorCode, IndicatorPlan> demoPlans() {
		return indicators.plans(csvCodes());
	}

	private static List<IndicatorCode> csvCodes() {
		return CsvTable.parse(DemoResources.text(DemoResources.REGISTRY))
			.rows()
			.stream()
			.map(row -> IndicatorCode.of(row.get("code")))
			.toList();
	}

	private static List<SeriesModel> models() {
		return SeriesModel.read(DemoResources.text(DemoResources.SERIES));
	}
}
