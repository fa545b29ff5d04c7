package org.tongguan.region.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.tongguan.region.importing.SquareCity.box;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.internal.RegionSnapshot;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.Violation;
import org.tongguan.shared.geo.GeoFeature;

/**
 * Imports of a province with several cities: codes given or assigned by the documented rule, parents by code or by
 * name, and the code forms that keep every subtree a code prefix.
 */
class ProvinceImportTests {

	private static final ImportOptions BY_CODE = new ImportOptions("code", "name", "parent", ImportMode.MERGE, null);

	private static final ImportOptions BY_NAME = new ImportOptions("code", "name", "parent", "parentName",
			ImportMode.MERGE, null);

	private final ImportValidator validator = new ImportValidator(1.0);

	private RegionSnapshot platform = RegionSnapshot.of(List.of());

	@Test
	void assignsProvinceCityAndDistrictCodesToFeaturesWithoutOne() {
		ImportResult province = apply(RegionLevel.PROVINCE, BY_CODE, feature(null, "测试省", null, null, 100, 30, 2));
		ImportResult cities = apply(RegionLevel.CITY, BY_NAME, feature(null, "甲市", null, "测试省", 100, 30, 1),
				feature("900200", "乙市", "900000", null, 101, 30, 1));
		ImportResult districts = apply(RegionLevel.DISTRICT, BY_NAME,
				feature(null, "甲一区", null, "甲市", 100, 30, 0.5), feature(null, "甲二区", null, "甲市", 100.5, 30, 0.5),
				feature("900201", "乙一区", null, "乙市", 101, 30, 1));
		ImportResult streets = apply(RegionLevel.STREET, BY_CODE, feature(null, "甲街道", "900171", null, 100, 30, 0.1));

		assertThat(province.assigned()).containsExactly(new ImportResult.AssignedCode("features[0]", "测试省", "900000"));
		assertThat(cities.assigned()).containsExactly(new ImportResult.AssignedCode("features[0]", "甲市", "900100"));
		assertThat(cities.created()).isEqualTo(2);
		assertThat(districts.assigned()).extracting(ImportResult.AssignedCode::code).containsExactly("900171", "900172");
		assertThat(streets.assigned()).extracting(ImportResult.AssignedCode::code).containsExactly("900171001");
		assertThat(platform.find(RegionCode.of("900200")).map(Region::parent)).contains(RegionCode.of("900000"));
		assertThat(platform.lineage(RegionCode.of("900171001")).stream().map(Region::level)).containsExactly(
				RegionLevel.STREET, RegionLevel.DISTRICT, RegionLevel.CITY, RegionLevel.PROVINCE);
		assertThat(platform.isWithin(RegionCode.of("900201"), RegionCode.of("900000"))).isTrue();
		assertThat(platform.isWithin(RegionCode.of("900201"), RegionCode.of("900100"))).isFalse();
		assertThat(platform.isWithin(RegionCode.of("900201"), RegionCode.PLATFORM)).isTrue();
	}

	@Test
	void reimportingFeaturesWithoutCodesMatchesTheStoredRegionsByNameAndParent() {
		apply(RegionLevel.PROVINCE, BY_CODE, feature(null, "测试省", null, null, 100, 30, 2));
		apply(RegionLevel.CITY, BY_NAME, feature(null, "甲市", null, "测试省", 100, 30, 1));

		ImportResult again = apply(RegionLevel.CITY, BY_NAME, feature(null, "甲市", null, "测试省", 100, 30, 1),
				feature(null, "乙市", null, "测试省", 101, 30, 1));

		assertThat(again.unchanged()).isEqualTo(1);
		assertThat(again.created()).isEqualTo(1);
		assertThat(again.assigned()).extracting(ImportResult.AssignedCode::code).containsExactly("900100", "900200");
	}

	@Test
	void givesACityWithoutProvinceOrCodeAProvincePrefixOfItsOwn() {
		apply(RegionLevel.PROVINCE, BY_CODE, feature(null, "测试省", null, null, 100, 30, 2));

		ImportResult city = apply(RegionLevel.CITY, BY_CODE, feature(null, "Testville", null, null, 10, 50, 1),
				feature("440300", "深圳市", null, null, 114, 22, 1));

		assertThat(city.assigned()).extracting(ImportResult.AssignedCode::code).containsExactly("910100");
		assertThat(platform.find(RegionCode.of("910100")).map(Region::parent)).isEmpty();
		assertThat(platform.level(RegionLevel.CITY)).hasSize(2);
	}

	@Test
	void namesTheCandidatesOfAnAmbiguousParentNameAndAnUnknownOne() {
		apply(RegionLevel.PROVINCE, BY_CODE, feature("910000", "省", null, null, 100, 30, 2),
				feature("920000", "省", null, null, 102, 30, 2));

		assertThat(refused(RegionLevel.CITY, BY_NAME, feature(null, "甲市", null, "省", 100, 30, 1),
				feature(null, "乙市", null, "无此省", 102, 30, 1))).containsExactly(
						new Violation("features[0]", "甲市: 2 PROVINCE regions are named '省' (910000, 920000); give the "
								+ "parent by code (property 'parent')"),
						new Violation("features[1]",
								"乙市: no PROVINCE region named '无此省' is stored (property 'parentName')"));
	}

	@Test
	void refusesCodesThatBreakTheGbT2260FormsOrDoNotLieBelowTheirParent() {
		apply(RegionLevel.PROVINCE, BY_CODE, feature("440000", "广东省", null, null, 113, 22, 2));
		apply(RegionLevel.CITY, BY_CODE, feature("440300", "深圳市", "440000", null, 113.5, 22.2, 1));

		assertThat(refused(RegionLevel.PROVINCE, BY_CODE, feature("440300", "坏省", null, null, 80, 40, 1),
				feature("000000", "全平台", null, null, 82, 40, 1))).containsExactly(
						new Violation("features[0]", "440300: a PROVINCE code has the form PP0000 (GB/T 2260)"),
						new Violation("features[1]", "000000: 000000 is the platform-wide scope, not a region code"));
		assertThat(refused(RegionLevel.CITY, BY_CODE, feature("450100", "南宁市", "440000", null, 113, 22, 0.5)))
			.extracting(Violation::message)
			.containsExactly("450100: the code does not lie below its parent 440000 广东省 (a CITY code below it is 44…)");
		assertThat(refused(RegionLevel.DISTRICT, BY_CODE, feature("440300", "市辖区", "440300", null, 113.5, 22.2, 0.5),
				feature("440401", "珠海某区", "440300", null, 113.6, 22.2, 0.5)))
			.extracting(Violation::message)
			.containsExactly("440300: a DISTRICT code has the form PPCCDD with DD from 01 (GB/T 2260)",
					"440401: the code does not lie below its parent 440300 深圳市 (a DISTRICT code below it is 4403…)");
	}

	@Test
	void refusesACodeThatAStoredRegionOfAnotherLevelHas() {
		apply(RegionLevel.CITY, BY_CODE, feature("110000", "北京市", null, null, 116, 39, 1));

		assertThat(refused(RegionLevel.PROVINCE, BY_CODE, feature("110000", "北京", null, null, 116, 39, 1)))
			.containsExactly(new Violation("features[0]",
					"110000: the code of the stored CITY 北京市; a code names one region of one level"));
	}

	@Test
	void refusesTwoFeaturesWithoutCodeThatAreTheSameStoredRegion() {
		apply(RegionLevel.PROVINCE, BY_CODE, feature(null, "测试省", null, null, 100, 30, 2));
		apply(RegionLevel.CITY, BY_NAME, feature(null, "甲市", null, "测试省", 100, 30, 1));

		assertThat(refused(RegionLevel.CITY, BY_NAME, feature(null, "甲市", null, "测试省", 100, 30, 1),
				feature(null, "甲市", null, "测试省", 100, 30, 1))).containsExactly(
						new Violation("features[1]", "the same CITY as features[0] (900100 甲市)"));
	}

	private ImportResult apply(RegionLevel level, ImportOptions options, GeoFeature... features) {
		ImportPlan plan = validator.validate(level, List.of(features), options, platform);
		platform = RegionSnapshot.of(plan.applyTo(platform.all()));
		return plan.result();
	}

	private List<Violation> refused(RegionLevel level, ImportOptions options, GeoFeature... features) {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> validator.validate(level, List.of(features), options, platform));
		assertThat(refused).as("the import is refused").isNotNull();
		return refused.violations();
	}

	/** A square feature; code, parent code and parent name may be null. */
	private static GeoFeature feature(String code, String name, String parent, String parentName, double west,
			double south, double size) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("code", code);
		properties.put("name", name);
		properties.put("parent", parent);
		properties.put("parentName", parentName);
		Geometry square = box(west, south, west + size, south + size);
		return new GeoFeature(null, properties, square);
	}
}
