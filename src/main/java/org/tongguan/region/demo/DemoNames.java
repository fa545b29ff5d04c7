package org.tongguan.region.demo;

import java.util.List;
import java.util.Map;

/**
 * The real names of Shenzhen's 74 streets (街道) per district, in the old eight-district layout: 宝安区 still holds
 * today's 光明区 and 龙岗区 the 大鹏新区.
 */
final class DemoNames {

	private static final Map<String, String> STREETS = Map.of(
			"440303", "桂园 黄贝 东门 翠竹 东晓 南湖 笋岗 东湖 莲塘 清水河",
			"440304", "园岭 南园 福田 沙头 香蜜湖 梅林 莲花 华富 福保 华强北",
			"440305", "南头 南山 沙河 蛇口 招商 粤海 桃源 西丽",
			"440306", "新安 西乡 航城 福永 福海 沙井 新桥 松岗 燕罗 石岩 光明 公明 新湖 凤凰 玉塘 马田",
			"440307", "平湖 坂田 布吉 南湾 横岗 龙城 龙岗 坪地 吉华 宝龙 园山 葵涌 大鹏 南澳",
			"440308", "梅沙 盐田 沙头角 海山",
			"440309", "观湖 民治 龙华 大浪 福城 观澜",
			"440310", "坪山 马峦 碧岭 石井 坑梓 龙田");

	private DemoNames() {
	}

	/** The short names of the district's streets (without 街道), in code order. */
	static List<String> streets(String districtCode) {
		String names = STREETS.get(districtCode);
		if (names == null) {
			throw new IllegalStateException("No demo street names for district " + districtCode);
		}
		return List.of(names.split(" "));
	}

	/** A street's full name, e.g. 园岭街道. */
	static String street(String shortName) {
		return shortName + "街道";
	}

	/** A community's name, e.g. 园岭第3社区. */
	static String community(String streetShortName, int number) {
		return streetShortName + "第" + number + "社区";
	}

	/** A unit grid's name, e.g. 园岭第3社区 第012网格. */
	static String grid(String communityName, int number) {
		return communityName + " 第" + threeDigits(number) + "网格";
	}

	/** The number with leading zeros to three digits, e.g. 012. */
	static String threeDigits(int number) {
		return number < 10 ? "00" + number : number < 100 ? "0" + number : Integer.toString(number);
	}
}
