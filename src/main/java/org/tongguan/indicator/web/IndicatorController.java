package org.tongguan.indicator.web;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.identity.Callers;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.indicator.AccessGrade;
import org.tongguan.indicator.Direction;
import org.tongguan.indicator.Framework;
import org.tongguan.indicator.Frequency;
import org.tongguan.indicator.IndicatorClass;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.IndicatorDomain;
import org.tongguan.indicator.computed.ComputedIndicators;
import org.tongguan.indicator.registry.IndicatorRegistry;
import org.tongguan.indicator.registry.RegistryPage;
import org.tongguan.indicator.registry.RegistryQuery;
import org.tongguan.indicator.registry.RegistrySearch;
import org.tongguan.region.RegionLevel;
import org.tongguan.shared.InvalidInputException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 指标目录 — the indicator registry for every signed-in caller, within the access grades its roles open. */
@RestController
@RequestMapping("/api/indicators")
@Tag(name = "Indicators (城市体征)")
class IndicatorController {

	private final IndicatorRegistry registry;

	private final RegistrySearch search;

	private final Callers callers;

	private final ComputedIndicators computed;

	IndicatorController(IndicatorRegistry registry, RegistrySearch search, Callers callers,
			ComputedIndicators computed) {
		this.registry = registry;
		this.search = search;
		this.callers = callers;
		this.computed = computed;
	}

	@GetMapping
	@Operation(summary = "Search the indicator registry (指标目录)", description = """
			The indicators the caller's access grade admits, a page at a time in the order of their codes (L2 \
			before L10), with their main attributes. Every filter is optional and they combine: `q` (text in the \
			code or name), `within` (an indicator and everything below it), `parent` (only the indicators directly \
			below it), `indicatorClass` (PEOPLE 人, ENTERPRISE 企, CITY 城, GOVERNMENT 政), `domain`, `direction`, \
			`level` (the finest region level published), `frequency`, `sourceDepartment`, `sourceSystem`, \
			`responsibleDepartment`, `framework` (mapped to ISO 37120, 37122, 37123, 城市体检 or GB/T 33356), \
			`grade`, `highFrequency`, `unit`; retired indicators only with `includeRetired=true`.""")
	RegistryPage search(@RequestParam(required = false) String q, @RequestParam(required = false) IndicatorCode within,
			@RequestParam(required = false) IndicatorCode parent,
			@RequestParam(required = false) IndicatorClass indicatorClass,
			@RequestParam(required = false) IndicatorDomain domain,
			@RequestParam(required = false) Direction direction, @RequestParam(required = false) RegionLevel level,
			@RequestParam(required = false) Frequency frequency,
			@RequestParam(required = false) String sourceDepartment,
			@RequestParam(required = false) String sourceSystem,
			@RequestParam(required = false) String responsibleDepartment,
			@RequestParam(required = false) Framework framework, @RequestParam(required = false) AccessGrade grade,
			@RequestParam(required = false) Boolean highFrequency, @RequestParam(required = false) String unit,
			@RequestParam(defaultValue = "false") boolean includeRetired, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return search.search(new RegistryQuery(q, within, parent, indicatorClass, domain, direction, level,
				frequency, department("sourceDepartment", sourceDepartment), sourceSystem,
				department("responsibleDepartment", responsibleDepartment), framework, grade, highFrequency, unit,
				includeRetired, page, size), callers.current());
	}

	@GetMapping("/{code}")
	@Operation(summary = "Read an indicator's plan (一指标一方案)", description = """
			The current version of the indicator's plan: definition and caliber, method, unit, direction, class \
			and domain, region level and frequency with the expected delay, its one source (department and system) \
			and responsible department, reference frameworks, access grade, valid range, target, thresholds and \
			response plan. An indicator the caller's access grade does not admit answers 404 like an unknown \
			one.""")
	IndicatorView read(@PathVariable IndicatorCode code) {
		return IndicatorView.of(registry.current(code, callers.current()), computed);
	}

	@GetMapping("/{code}/versions")
	@Operation(summary = "An indicator's versions (版本)", description = """
			Every version of the indicator's plan, oldest first: its number, who made it, when and why. Read one \
			in full at `/api/indicators/{code}/versions/{version}`.""")
	List<VersionSummary> versions(@PathVariable IndicatorCode code) {
		return registry.versions(code, callers.current()).stream()
			.map(version -> new VersionSummary(version.version(), version.changedBy(), version.changedAt(),
					version.note()))
			.toList();
	}

	@GetMapping("/{code}/versions/{version}")
	@Operation(summary = "Read one version of an indicator's plan", description = """
			The plan as it was in that version, however old; the indicator's current access grade decides who may \
			read it.""")
	IndicatorView version(@PathVariable IndicatorCode code, @PathVariable int version) {
		return IndicatorView.of(registry.version(code, version, callers.current()), computed);
	}

	private static DepartmentCode department(String field, String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		if (!DepartmentCode.isValid(code.strip())) {
			throw new InvalidInputException(field, "'" + code + "' is not a department code");
		}
		return new DepartmentCode(code.strip());
	}

	/**
	 * A version of a plan, without the plan.
	 *
	 * @param version its number
	 * @param changedBy who made it
	 * @param changedAt when
	 * @param note why, absent when not said
	 */
	record VersionSummary(int version, String changedBy, Instant changedAt, String note) {
	}
}
