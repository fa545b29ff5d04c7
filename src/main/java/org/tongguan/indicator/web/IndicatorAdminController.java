package org.tongguan.indicator.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.identity.Callers;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.computed.ComputedIndicators;
import org.tongguan.indicator.registry.PlanDraft;
import org.tongguan.indicator.registry.RegistryEditor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 指标管理 — administrators add, revise and retire indicators; every change is a new version of the plan. */
@RestController
@RequestMapping("/api/admin/indicators")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Administration: indicators (指标管理)")
class IndicatorAdminController {

	static final String PLAN = """
			A plan names: `code` (L<1–99>, L<n>P<1–99> or L<n>P<m>-A<1–999>, GB/T 33356-style; its parent must be \
			registered), `name`, `definition`, `caliber` (统计口径), `method`, `unit`, `direction` (HIGHER_BETTER, \
			HIGHER_WORSE, TARGET_BAND), `indicatorClass` (PEOPLE 人, ENTERPRISE 企, CITY 城, GOVERNMENT 政), `domain` \
			(see `/api/indicator-terms`), `level` (the finest region level published: values come for that level and \
			those above), `frequency` (DAILY, WEEKLY, MONTHLY, QUARTERLY, YEARLY), `expectedDelay` (ISO-8601, e.g. \
			`P15D`), `sourceDepartment` and `sourceSystem` (一数一源: the department owning the data and the name of \
			its system's API key), `responsibleDepartment`, `references` (`{framework, clause}`), `grade` (PUBLIC, \
			INTERNAL, RESTRICTED, LEADERS), `highFrequency`, `min`/`max` (the valid range), `target` (one-sided) or \
			`targetLow`/`targetHigh` (TARGET_BAND, required there), `thresholds` (`{level: BLUE|YELLOW|ORANGE|RED, \
			below, above}`, stricter level by level, on the side the direction warns on), `hysteresis`, \
			`responsePlan` (required with thresholds), `retired`; `note` says why (kept with the version). Every \
			problem is named by its field; nothing is stored unless the whole plan is right.""";

	private static final String EXAMPLE = """
			{"code": "L8P1-A3", "name": "PM2.5 日均浓度", "definition": "细颗粒物 PM2.5 的日平均浓度",
			 "caliber": "全市及各区国控、省控空气质量监测站点日均值的算术平均", "method": "各站点 24 小时均值的算术平均",
			 "unit": "μg/m³", "direction": "HIGHER_WORSE", "indicatorClass": "CITY", "domain": "ENVIRONMENT",
			 "level": "DISTRICT", "frequency": "DAILY", "expectedDelay": "PT6H",
			 "sourceDepartment": "440300-SHENGTAI", "sourceSystem": "air-quality-platform",
			 "responsibleDepartment": "440300-SHENGTAI", "references": [{"framework": "ISO_37120", "clause": "8.1"}],
			 "grade": "PUBLIC", "highFrequency": true, "min": 0, "max": 1000, "target": 20,
			 "thresholds": [{"level": "YELLOW", "above": 75}, {"level": "RED", "above": 150}], "hysteresis": 5,
			 "responsePlan": "黄色：加密监测、通报工地扬尘管控；红色：启动重污染天气应急预案", "note": "新增"}""";

	private final RegistryEditor editor;

	private final Callers callers;

	private final ComputedIndicators computed;

	IndicatorAdminController(RegistryEditor editor, Callers callers, ComputedIndicators computed) {
		this.editor = editor;
		this.callers = callers;
		this.computed = computed;
	}

	@PostMapping
	@Operation(summary = "Add an indicator to the registry (新增指标)", description = "Adds an indicator as its version "
			+ "1. " + PLAN + " A code the registry has already answers 409.")
	@ApiResponse(responseCode = "201", description = "The indicator's first version", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "409", description = "The registry has this code already")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(EXAMPLE)))
	ResponseEntity<IndicatorView> create(@RequestBody PlanDraft draft) {
		IndicatorView created = IndicatorView.of(editor.create(draft, callers.current().username()), computed);
		return ResponseEntity.created(URI.create("/api/indicators/" + created.code())).body(created);
	}

	@PutMapping("/{code}")
	@Operation(summary = "Revise an indicator's plan (修订)", description = "Stores the whole plan as the "
			+ "indicator's next version, kept with who, when and `note`; a plan equal to the current one makes no "
			+ "version and answers the current one. The body's `code` may be left out (the path names it). An "
			+ "indicator's frequency cannot change once it has values. " + PLAN)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(EXAMPLE)))
	IndicatorView revise(@PathVariable IndicatorCode code, @RequestBody PlanDraft draft) {
		return IndicatorView.of(editor.revise(code, draft, callers.current().username()), computed);
	}

	@DeleteMapping("/{code}")
	@Operation(summary = "Retire an indicator (停用)", description = """
			Retires the indicator: its next version is marked retired; it keeps its versions and values, takes no \
			new values and is left out of searches unless asked for. An indicator with active indicators below it \
			cannot be retired. `note` says why.""")
	IndicatorView retire(@PathVariable IndicatorCode code, @RequestParam(required = false) String note) {
		return IndicatorView.of(editor.retire(code, note, callers.current().username()), computed);
	}
}
