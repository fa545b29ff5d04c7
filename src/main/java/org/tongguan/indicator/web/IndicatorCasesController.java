package org.tongguan.indicator.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.casework.CaseLists;
import org.tongguan.identity.Callers;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.computed.CaseDrillThrough;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 下钻 — from a case-based indicator's value to the cases behind it, for the platform's staff. */
@RestController
@Tag(name = "Indicators (城市体征)")
class IndicatorCasesController {

	private final CaseDrillThrough drillThrough;

	private final Callers callers;

	IndicatorCasesController(CaseDrillThrough drillThrough, Callers callers) {
		this.drillThrough = drillThrough;
		this.callers = callers;
	}

	@GetMapping("/api/indicators/{code}/cases")
	@PreAuthorize("hasAnyRole('OPERATOR', 'SHIFT_LEAD', 'DISPATCHER', 'HANDLER', 'INSPECTOR', 'LEADER', 'ADMIN')")
	@Operation(summary = "The cases behind a case-based value (下钻)", description = """
			For an indicator computed from the case statistics (`computedFrom` CASES), the cases reported in the \
			`period` (in the form of the indicator's frequency) within the `region` — of the indicator's channel when \
			it has one — a page at a time, newest first, each as `GET /api/cases` answers it, within the caller's \
			data scope. For a count by report time (上报量) they are exactly the cases the value counts; for the \
			other figures they are the period's reported cases, not the figure's exact denominator. Other \
			indicators, and those counted over a 大类, answer 404; a region outside the caller's scope 403.""")
	CasesView cases(@PathVariable IndicatorCode code, @RequestParam(required = false) String region,
			@RequestParam(required = false) String period, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		CaseDrillThrough.Cases cases = drillThrough.cases(code, region, period, page, size, callers.current());
		return new CasesView(cases.indicator(), cases.region(), cases.period(), cases.page().total(),
				cases.page().page(), cases.page().size(), cases.page().items());
	}

	/**
	 * The cases behind one value.
	 *
	 * @param indicator the indicator's code
	 * @param region the region's code
	 * @param period the period
	 * @param total how many cases there are in all
	 * @param page the page, from 0
	 * @param size the page size asked for
	 * @param items the page's cases, as the case list answers them
	 */
	record CasesView(String indicator, String region, String period, long total, int page, int size,
			List<CaseLists.Item> items) {
	}
}
