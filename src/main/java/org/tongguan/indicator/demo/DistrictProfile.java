package org.tongguan.indicator.demo;

import java.util.Arrays;
import java.util.List;

/**
 * How the demo city's eight districts differ, for spreading a demo series over them: shares of population, economy
 * and area (the old eight-district layout, 光明 within 宝安 and 大鹏 within 龙岗, about 2024), and relative levels
 * (density, output per head, house prices, how central, how green, how polluted). A district the table does not
 * know takes the average.
 */
enum DistrictProfile {

	/** 常住人口, 万人. */
	POPULATION(114, 153, 182, 568, 414, 21.5, 253, 55),
	/** 地区生产总值, 亿元. */
	ECONOMY(2700, 6000, 8600, 6400, 5000, 800, 3000, 1200),
	/** 陆域面积, km². */
	AREA(78.8, 78.7, 187.5, 553, 683, 74.6, 175.6, 168),
	/** Every district alike. */
	EVEN(1, 1, 1, 1, 1, 1, 1, 1),
	/** People per km²: {@link #POPULATION} over {@link #AREA}. */
	DENSITY(),
	/** Output per head: {@link #ECONOMY} over {@link #POPULATION}. */
	GDP_PER_CAPITA(),
	/** House prices and rents relative to 罗湖. */
	HOUSE_PRICE(1.0, 1.45, 1.6, 0.9, 0.6, 0.85, 0.8, 0.5),
	/** How central: congestion, service density. */
	CORE(1.2, 1.25, 1.15, 0.95, 0.9, 0.8, 1.0, 0.75),
	/** How outlying: speeds, response distances. */
	PERIPHERY(0.85, 0.88, 0.9, 1.05, 1.08, 1.15, 1.0, 1.2),
	/** How green: parks, green cover, shelter space. */
	GREEN(1.05, 0.95, 1.0, 0.9, 1.05, 1.25, 0.95, 1.15),
	/** Air pollution: the west (宝安, 南山, 龙华) above the east (盐田, 坪山). */
	AIR(1.0, 1.02, 1.05, 1.12, 0.98, 0.82, 1.06, 0.92);

	/** The districts of the table: 罗湖, 福田, 南山, 宝安, 龙岗, 盐田, 龙华, 坪山. */
	private static final List<String> DISTRICTS = List.of("440303", "440304", "440305", "440306", "440307", "440308",
			"440309", "440310");

	private final double[] values;

	DistrictProfile(double... values) {
		this.values = values;
	}

	/** The district's raw value (share or level, not yet normalised). */
	double of(String district) {
		return switch (this) {
			case DENSITY -> POPULATION.of(district) / AREA.of(district);
			case GDP_PER_CAPITA -> ECONOMY.of(district) / POPULATION.of(district);
			default -> {
				int index = DISTRICTS.indexOf(district);
				yield index < 0 ? Arrays.stream(values).average().orElse(1) : values[index];
			}
		};
	}
}
