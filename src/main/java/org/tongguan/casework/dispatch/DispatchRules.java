package org.tongguan.casework.dispatch;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tongguan.casework.store.CasePlace;
import org.tongguan.casework.store.CaseRecord;
import org.tongguan.catalog.CategoryDefinition;
import org.tongguan.catalog.CategoryVersion;
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
 * The dispatch rules (派遣规则): police matters go to 110; otherwise the case's grid gives its community, street and
 * district, the catalogue version gives the function responsible at its dispatch level (the district's own
 * responsibility first, 区级个性化配置), and the department of that function serving the place handles it — or, when
 * none serves the place at that level, the one at the next level up. 24×7 emergencies (突发事件) go the same way but
 * straight from the report, without waiting for acceptance and filing. When no department is found the case waits
 * for a dispatcher. Disabled (and merged) departments receive no dispatch. A department the reporting channel names
 * (an indicator warning's responsible department) takes any matter but a police one, when it is enabled.
 */
@Component
public class DispatchRules {

	private final Departments departments;

	private final Regions regions;

	DispatchRules(Departments departments, Regions regions) {
		this.departments = departments;
		this.regions = regions;
	}

	/** Whether a report is a 24×7 emergency that skips acceptance and filing: a round-the-clock category, urgent. */
	public static boolean emergency(CategoryDefinition definition, Urgency urgency) {
		return definition.roundTheClock() && urgency != Urgency.NORMAL;
	}

	/** The department the reporting channel named for the case, {@code null} when none. */
	public static DepartmentCode named(CaseRecord record) {
		return record.assignment() != null && record.assignment().rule() == DispatchRule.NAMED
				? record.assignment().responsible() : null;
	}

	/**
	 * Decides where a case at this place, of this version and urgency, goes.
	 *
	 * @param named the department the reporting channel named, {@code null} for none
	 */
	public DispatchDecision decide(CasePlace place, CategoryVersion version, Urgency urgency, DepartmentCode named) {
		CategoryDefinition definition = version.definition();
		String matter = "事项 " + version.code() + " " + definition.name() + "（事项清单版本 #" + version.id() + "）";
		Optional<Department> chosen = named == null || definition.policeMatter() ? Optional.empty()
				: departments.find(named).filter(Department::enabled);
		if (chosen.isPresent()) {
			return new DispatchDecision(DispatchDecision.Outcome.DISPATCHED, chosen.get(), DispatchRule.NAMED,
					DispatchRule.NAMED.label() + "：" + matter + "由报送渠道指定 → " + chosen.get().name() + "（"
							+ chosen.get().code() + "）");
		}
		if (definition.policeMatter()) {
			return new DispatchDecision(DispatchDecision.Outcome.TRANSFERRED, null, DispatchRule.POLICE_MATTER,
					DispatchRule.POLICE_MATTER.label() + "：" + matter + "属公安警情，移交 110 处置");
		}
		Responsibility responsibility = definition.responsibilityIn(place.district());
		DispatchRule rule = emergency(definition, urgency) ? DispatchRule.EMERGENCY_DUTY
				: definition.districtOverrides().containsKey(place.district()) ? DispatchRule.DISTRICT_OVERRIDE
						: DispatchRule.CATALOGUE;
		RegionCode region = place.finest();
		for (RegionLevel level = responsibility.dispatchLevel(); level != null; level = level.parent()) {
			Optional<DepartmentFunction> function = responsibility.at(level);
			List<Department> serving = function.isEmpty() ? List.of()
					: departments.serving(function.get(), level, region).stream().filter(Department::enabled).toList();
			if (!serving.isEmpty()) {
				DispatchRule used = level == responsibility.dispatchLevel() ? rule : DispatchRule.LEVEL_FALLBACK;
				return new DispatchDecision(DispatchDecision.Outcome.DISPATCHED, serving.get(0), used,
						explain(used, matter, level, function.get(), region, serving.get(0)));
			}
		}
		return new DispatchDecision(DispatchDecision.Outcome.MANUAL, null, DispatchRule.NO_MATCH,
				DispatchRule.NO_MATCH.label() + "：" + matter + "在 " + regionName(region) + " 没有"
						+ levelName(responsibility.dispatchLevel()) + responsibility.dispatchFunction().label()
						+ "部门");
	}

	private String explain(DispatchRule rule, String matter, RegionLevel level, DepartmentFunction function,
			RegionCode region, Department department) {
		return rule.label() + "：" + matter + "由" + levelName(level) + function.label() + "职能负责；位置 "
				+ regionName(region) + " → " + department.name() + "（" + department.code() + "）";
	}

	private String regionName(RegionCode code) {
		return regions.find(code).map(Region::name).orElse("") + "（" + code + "）";
	}

	/** The Chinese name of a level: 省级, 市级, 区级, 街道级. */
	public static String levelName(RegionLevel level) {
		return switch (level) {
			case PROVINCE -> "省级";
			case CITY -> "市级";
			case DISTRICT -> "区级";
			case STREET -> "街道级";
			default -> level.name();
		};
	}
}
