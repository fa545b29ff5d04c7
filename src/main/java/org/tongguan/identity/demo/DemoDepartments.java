package org.tongguan.identity.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tongguan.identity.Department;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.identity.DepartmentFunction;
import org.tongguan.region.Region;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.Regions;

/**
 * The Shenzhen demo departments (专业部门): the city bureaus and utilities (with the {@link DemoBureaus} an indicator
 * system draws on), ten bureaus in every district and the street office (街道办事处) with its enforcement team and
 * sanitation station in every street. Codes are the home region's code and the function, e.g.
 * {@code 440304-CHENGGUAN} or {@code 440304001-JIEDAO}.
 */
@Component
class DemoDepartments {

	private static final Map<DepartmentFunction, String> CITY = new LinkedHashMap<>();

	private static final Map<DepartmentFunction, String> DISTRICT = new LinkedHashMap<>();

	private static final Map<DepartmentFunction, String> STREET = new LinkedHashMap<>();

	static {
		CITY.put(DepartmentFunction.CHENGGUAN, "深圳市城市管理和综合执法局");
		CITY.put(DepartmentFunction.SHUIWU, "深圳市水务局");
		CITY.put(DepartmentFunction.JIAOTONG, "深圳市交通运输局");
		CITY.put(DepartmentFunction.SHICHANG, "深圳市市场监督管理局");
		CITY.put(DepartmentFunction.SHENGTAI, "深圳市生态环境局");
		CITY.put(DepartmentFunction.ZHUJIAN, "深圳市住房和建设局");
		CITY.put(DepartmentFunction.YINGJI, "深圳市应急管理局");
		CITY.put(DepartmentFunction.GONGAN, "深圳市公安局");
		CITY.put(DepartmentFunction.GONGDIAN, "深圳供电局有限公司");
		CITY.put(DepartmentFunction.RANQI, "深圳市燃气集团股份有限公司");
		CITY.put(DepartmentFunction.TONGXIN, "中国电信股份有限公司深圳分公司");
		CITY.putAll(DemoBureaus.CITY);
		// {0} is the district's full name (福田区), {1} its short name (福田).
		DISTRICT.put(DepartmentFunction.CHENGGUAN, "{0}城市管理和综合执法局");
		DISTRICT.put(DepartmentFunction.HUANWEI, "{0}环境卫生管理处");
		DISTRICT.put(DepartmentFunction.ZHUJIAN, "{0}住房和建设局");
		DISTRICT.put(DepartmentFunction.SHUIWU, "{0}水务局");
		DISTRICT.put(DepartmentFunction.JIAOTONG, "深圳市交通运输局{1}管理局");
		DISTRICT.put(DepartmentFunction.SHICHANG, "深圳市市场监督管理局{1}监管局");
		DISTRICT.put(DepartmentFunction.SHENGTAI, "深圳市生态环境局{1}管理局");
		DISTRICT.put(DepartmentFunction.YUANLIN, "{0}园林绿化管理中心");
		DISTRICT.put(DepartmentFunction.YINGJI, "{0}应急管理局");
		DISTRICT.put(DepartmentFunction.GONGAN, "深圳市公安局{1}分局");
		STREET.put(DepartmentFunction.JIEDAO, "{0}办事处");
		STREET.put(DepartmentFunction.CHENGGUAN, "{0}综合行政执法队");
		STREET.put(DepartmentFunction.HUANWEI, "{0}环卫所");
	}

	private final Regions regions;

	DemoDepartments(Regions regions) {
		this.regions = regions;
	}

	/** The demo departments of the regions currently loaded. */
	List<Department> generate() {
		List<Department> departments = new ArrayList<>();
		regions.list(RegionLevel.CITY).forEach(city -> add(departments, city, CITY));
		regions.list(RegionLevel.DISTRICT).forEach(district -> add(departments, district, DISTRICT));
		regions.list(RegionLevel.STREET).forEach(street -> add(departments, street, STREET));
		return departments;
	}

	private static void add(List<Department> departments, Region home, Map<DepartmentFunction, String> templates) {
		String shortName = home.name().replaceFirst("(新区|区)$", "");
		templates.forEach((function, template) -> departments.add(new Department(
				new DepartmentCode(home.code().value() + "-" + function.code()),
				template.replace("{0}", home.name()).replace("{1}", shortName), function, home.level(), home.code(),
				Set.of(home.code()))));
	}
}
