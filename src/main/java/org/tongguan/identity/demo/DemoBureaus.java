package org.tongguan.identity.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tongguan.identity.DepartmentFunction;

/**
 * The city bureaus an indicator system draws on besides the operational departments (统计、发改、教育、卫健 …): the
 * demo city registers their lines of work as its own department functions and has one city-level department of each,
 * the sources (一数一源) and responsible departments of the demo indicators.
 */
final class DemoBureaus {

	/** Each bureau's function and its name in the demo city. */
	static final Map<DepartmentFunction, String> CITY = new LinkedHashMap<>();

	static {
		bureau("TONGJI", "统计", "深圳市统计局");
		bureau("FAGAI", "发展改革", "深圳市发展和改革委员会");
		bureau("JIAOYU", "教育", "深圳市教育局");
		bureau("WEIJIAN", "卫生健康", "深圳市卫生健康委员会");
		bureau("RENSHE", "人力资源社会保障", "深圳市人力资源和社会保障局");
		bureau("ZHENGSHU", "政务服务数据", "深圳市政务服务和数据管理局");
		bureau("GUIZI", "规划自然资源", "深圳市规划和自然资源局");
		bureau("MINZHENG", "民政", "深圳市民政局");
		bureau("GONGXIN", "工业信息化", "深圳市工业和信息化局");
		bureau("SHANGWU", "商务", "深圳市商务局");
		bureau("WENLV", "文化旅游体育", "深圳市文化广电旅游体育局");
		bureau("CAIZHENG", "财政", "深圳市财政局");
		bureau("KEJI", "科技创新", "深圳市科技创新局");
		bureau("JINRONG", "金融监管", "深圳市地方金融管理局");
		bureau("YIBAO", "医疗保障", "深圳市医疗保障局");
		bureau("SIFA", "司法", "深圳市司法局");
		bureau("QIXIANG", "气象", "深圳市气象局");
		bureau("KOUAN", "口岸", "深圳市口岸办公室");
		bureau("XIAOFANG", "消防救援", "深圳市消防救援支队");
		bureau("HAIGUAN", "海关", "中华人民共和国深圳海关");
	}

	private DemoBureaus() {
	}

	/** The bureaus' functions, to register before their departments. */
	static List<DepartmentFunction> functions() {
		return List.copyOf(CITY.keySet());
	}

	private static void bureau(String code, String label, String name) {
		CITY.put(new DepartmentFunction(code, label), name);
	}
}
