package org.tongguan.console.web;

import static org.tongguan.indicator.IndicatorFixtures.json;
import static org.tongguan.indicator.IndicatorFixtures.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

/**
 * The indicators the console's browser tests read, added through the platform's API as the demo administrator (the
 * tests run without the demo registry): 生态环境 with a daily, high-frequency PM2.5 (yellow and red bands, a target)
 * and a monthly 优良天数比率 (bands below, a target), each with half a year or two years of values for the city and
 * its districts imported as CSV; 福田 has had three days above the yellow line. Added once per platform.
 */
final class IndicatorSeed {

	static final String ROOT = "L8";

	static final String THEME = "L8P1";

	/** PM2.5 日均浓度: daily, high frequency, higher is worse, yellow ≥ 75, red ≥ 150, target 35. */
	static final String PM25 = "L8P1-A1";

	/** 优良天数比率: monthly, higher is better, yellow ≤ 90, red ≤ 80, target 95. */
	static final String GOOD_DAYS = "L8P1-A2";

	/** 诉求案件上报量: computed by the platform from the cases reported per day (drill-through to them). */
	static final String REPORTED = "L14P1-A3";

	/** The topic of the two air indicators. */
	static final String TOPIC = "air-test";

	static final String CITY = "440300";

	static final String FUTIAN = "440304";

	static final int DAYS = 180;

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final PlatformCalls platform;

	IndicatorSeed(PlatformCalls platform) {
		this.platform = platform;
	}

	/** Adds the indicators and their values unless the platform has them. */
	void ensure() {
		String admin = platform.token("admin");
		if (platform.readStatus(admin, "/api/indicators/" + GOOD_DAYS) == 200) {
			return;
		}
		add(admin, plan(ROOT, "name", "生态环境", "unit", "分", "domain", "ENVIRONMENT", "indicatorClass", "CITY",
				"level", "CITY"));
		add(admin, plan(THEME, "name", "大气环境", "unit", "分", "domain", "ENVIRONMENT", "indicatorClass", "CITY",
				"level", "CITY"));
		add(admin, plan(PM25, "name", "PM2.5日均浓度", "definition", "细颗粒物日均浓度", "caliber", "国控站点日均值的算术平均",
				"method", "各站点 24 小时均值的平均", "unit", "μg/m³", "direction", "HIGHER_WORSE", "indicatorClass", "CITY",
				"domain", "ENVIRONMENT", "frequency", "DAILY", "expectedDelay", "PT6H", "sourceSystem",
				"air-quality-platform", "references", List.of(Map.of("framework", "ISO_37120", "clause", "8.1")),
				"highFrequency", true, "max", 1000, "target", 35, "thresholds",
				List.of(Map.of("level", "YELLOW", "above", 75), Map.of("level", "RED", "above", 150)), "hysteresis", 5,
				"responsePlan", "黄色：加密监测；红色：启动重污染天气应急预案"));
		add(admin, plan(GOOD_DAYS, "name", "空气质量优良天数比率", "indicatorClass", "CITY", "domain", "ENVIRONMENT",
				"highFrequency", true, "target", 95, "thresholds",
				List.of(Map.of("level", "YELLOW", "below", 90), Map.of("level", "RED", "below", 80)), "hysteresis", 1,
				"responsePlan", "黄色：分析超标原因；红色：约谈责任区"));
		List<String> regions = new ArrayList<>(List.of(CITY));
		regions.addAll(JsonPath.read(platform.get(admin, "/api/regions/" + CITY + "/children"), "$[*].code"));
		StringBuilder csv = new StringBuilder("indicator,region,period,value\n");
		LocalDate today = LocalDate.now(ZONE);
		for (int r = 0; r < regions.size(); r++) {
			String region = regions.get(r);
			for (int day = DAYS; day >= 1; day--) {
				double value = 30 + 14 * Math.sin((day + r * 7) / 9.0) + r;
				if (region.equals(FUTIAN) && day <= 3) {
					value = 80 + day * 3;
				}
				csv.append(PM25).append(',').append(region).append(',').append(today.minusDays(day)).append(',')
					.append(Math.round(value * 10) / 10.0).append('\n');
			}
			for (int month = 24; month >= 1; month--) {
				double share = Math.min(100, 92 + 5 * Math.sin((month + r) / 3.0));
				csv.append(GOOD_DAYS).append(',').append(region).append(',')
					.append(YearMonth.now(ZONE).minusMonths(month)).append(',')
					.append(Math.round(share * 10) / 10.0).append('\n');
			}
		}
		platform.postCsv(admin, "/api/admin/indicator-values/import", csv.toString());
	}

	/**
	 * The topic 空气质量 (PM2.5 as a figure and on the map, 优良天数比率 as a trend) and a composite index of the two,
	 * unless the platform has them.
	 */
	void ensureTopic() {
		ensure();
		String admin = platform.token("admin");
		if (platform.readStatus(admin, "/api/indicators/topics/" + TOPIC) == 200) {
			return;
		}
		platform.post(admin, "/api/admin/indicators/topics", json(Map.of("key", TOPIC, "name", "空气质量",
				"description", "PM2.5 与优良天数", "position", 1, "layout",
				Map.of("sections", List.of(Map.of("title", "细颗粒物", "from", 1, "to", 1),
						Map.of("title", "优良天数", "from", 2, "to", 2))),
				"indicators",
				List.of(Map.of("code", PM25, "display", "FIGURE"), Map.of("code", GOOD_DAYS, "display", "LINE")),
				"layers", List.of(Map.of("kind", "DEVICES", "filter", Map.of()),
						Map.of("kind", "CHOROPLETH", "filter", Map.of(), "indicator", PM25)))));
		platform.put(admin, "/api/admin/indicators/composite/definition", json(Map.of("name", "城市运行指数",
				"description", "两项大气指标的加权", "frequency", "MONTHLY", "components", List.of(
						Map.of("indicator", PM25, "weight", 1, "normalisation",
								Map.of("method", "MIN_MAX", "min", 0, "max", 150)),
						Map.of("indicator", GOOD_DAYS, "weight", 2, "normalisation",
								Map.of("method", "MIN_MAX", "min", 60, "max", 100))))));
	}

	/**
	 * 诉求案件上报量 (L14P1-A3), which the platform counts from its cases per day and region, with its parents, unless
	 * the platform has it.
	 */
	void ensureCaseCount() {
		String admin = platform.token("admin");
		if (platform.readStatus(admin, "/api/indicators/" + REPORTED) == 200) {
			return;
		}
		Object[] demands = { "indicatorClass", "PEOPLE", "domain", "PUBLIC_DEMANDS", "unit", "件", "max", null,
				"direction", "HIGHER_BETTER", "sourceDepartment", "440300-ZHENGSHU", "sourceSystem", "tongguan",
				"responsibleDepartment", "440300-ZHENGSHU" };
		add(admin, plan("L14", with(demands, "name", "民生诉求指数", "level", "STREET")));
		add(admin, plan("L14P1", with(demands, "name", "诉求受理指数", "level", "STREET")));
		add(admin, plan(REPORTED, with(demands, "name", "诉求案件上报量", "level", "STREET", "frequency", "DAILY",
				"expectedDelay", "PT2H")));
	}

	private static Object[] with(Object[] common, Object... more) {
		Object[] all = new Object[common.length + more.length];
		System.arraycopy(common, 0, all, 0, common.length);
		System.arraycopy(more, 0, all, common.length, more.length);
		return all;
	}

	private void add(String admin, Map<String, Object> plan) {
		platform.post(admin, "/api/admin/indicators", json(plan));
	}
}
