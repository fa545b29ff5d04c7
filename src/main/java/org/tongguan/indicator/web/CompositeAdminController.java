package org.tongguan.indicator.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.identity.Callers;
import org.tongguan.indicator.composite.CompositeDraft;
import org.tongguan.indicator.composite.CompositeEditor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 指数管理 — an administrator replaces the composite index's definition. */
@RestController
@RequestMapping("/api/admin/indicators/composite")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Administration: indicators (指标管理)")
class CompositeAdminController {

	private static final String EXAMPLE = """
			{"name": "城市运行指数", "description": "关键指标按方向归一化到 0–100 分后加权平均", "frequency": "MONTHLY",
			 "components": [
			  {"indicator": "L8P1-A1", "weight": 15, "normalisation": {"method": "TARGET", "target": 15, "worst": 75}},
			  {"indicator": "L14P2-A3", "weight": 10, "normalisation": {"method": "MIN_MAX", "min": 60, "max": 100}}]}""";

	private final CompositeEditor editor;

	private final Callers callers;

	CompositeAdminController(CompositeEditor editor, Callers callers) {
		this.editor = editor;
		this.callers = callers;
	}

	@PutMapping("/definition")
	@Operation(summary = "Replace the composite index's definition (城市运行指数)", description = """
			`name`, `description`, `frequency` (WEEKLY, MONTHLY (default), QUARTERLY, YEARLY) and `components`, \
			each `{indicator, weight, normalisation}`: weights positive and relative; normalisation `{method: \
			MIN_MAX, min, max}` (linear; min scores 0 for a higher-better indicator, 100 for a higher-worse one), \
			`{method: TARGET, target, worst}` (100 at the target or better, 0 at worst or beyond; target defaults to \
			the indicator's) or, for TARGET_BAND indicators only, `{method: BAND, low, high, tolerance}` (100 within \
			the band, defaulting to the indicator's target band, 0 at tolerance outside). Every problem is named by \
			its field; nothing is stored unless the whole definition is right.""")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(EXAMPLE)))
	CompositeDraft replace(@RequestBody CompositeDraft draft) {
		return editor.replace(draft, callers.current().username());
	}
}
