package org.tongguan.indicator.warning.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.identity.Callers;
import org.tongguan.indicator.warning.Warnings;
import org.tongguan.indicator.warning.Warnings.WarningPage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 预警 — the indicators' warnings: listed, read one by one and acknowledged. */
@RestController
@RequestMapping("/api/indicators/warnings")
@Tag(name = "Indicators (城市体征)")
class WarningController {

	private static final String EXAMPLE = "{\"note\": \"已启动重污染天气应急预案\"}";

	private final Warnings warnings;

	private final Callers callers;

	WarningController(Warnings warnings, Callers callers) {
		this.warnings = warnings;
		this.callers = callers;
	}

	@GetMapping
	@Operation(summary = "Indicator warnings (预警)", description = """
			The warnings the caller sees (the indicator's access grade admits it and its region lies within the \
			caller's data scope, or it goes to the caller's department), newest first. `state` (repeatable): \
			ACTIVE, ACKNOWLEDGED, CLEARED, by default ACTIVE and ACKNOWLEDGED; `indicator`, `region`, `level` \
			(BLUE, YELLOW, ORANGE, RED) and `kind` (BAND, CHANGE_PREVIOUS, CHANGE_YEAR, TARGET_GAP, LATE) narrow \
			them; `page` from 0 and `size` up to 200.""")
	@ApiResponse(responseCode = "200", description = "One page of warnings", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "400", description = "A filter is no state, level, kind or code")
	PageView list(@RequestParam(required = false) List<String> state,
			@RequestParam(required = false) String indicator, @RequestParam(required = false) String region,
			@RequestParam(required = false) String level, @RequestParam(required = false) String kind,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		WarningPage found = warnings.list(state, indicator, region, level, kind, page, size, callers.current());
		return new PageView(found.items().stream().map(WarningView::of).toList(), found.total(), found.page(),
				found.size());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One indicator warning", description = "404 when there is none the caller sees.")
	@ApiResponse(responseCode = "200", description = "The warning", useReturnTypeSchema = true)
	WarningView read(@PathVariable long id) {
		return WarningView.of(warnings.read(id, callers.current()));
	}

	@PostMapping("/{id}/acknowledgement")
	@Operation(summary = "Acknowledge an indicator warning (确认)", description = """
			Acknowledges an ACTIVE warning, with an optional `note` (at most 500 characters). For the users of the \
			department the warning goes to, shift leads, leaders and administrators who see it (others 403); a \
			warning acknowledged already or cleared answers 409. A higher level makes it ACTIVE again.""")
	@ApiResponse(responseCode = "200", description = "The acknowledged warning", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "403", description = "The caller may not acknowledge it")
	@ApiResponse(responseCode = "409", description = "It is not ACTIVE")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(EXAMPLE)))
	WarningView acknowledge(@PathVariable long id, @RequestBody(required = false) Acknowledgement body) {
		return WarningView.of(warnings.acknowledge(id, body == null ? null : body.note(), callers.current()));
	}

	/**
	 * One page of warnings.
	 *
	 * @param items the warnings, newest first
	 * @param total how many the caller sees in all
	 * @param page the page, from 0
	 * @param size the page's size
	 */
	record PageView(List<WarningView> items, long total, int page, int size) {
	}

	/**
	 * An acknowledgement.
	 *
	 * @param note what the acknowledging person notes, may be absent
	 */
	record Acknowledgement(String note) {
	}
}
