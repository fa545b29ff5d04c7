package org.tongguan.indicator.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.identity.Callers;
import org.tongguan.indicator.Period;
import org.tongguan.indicator.composite.CompositeDraft;
import org.tongguan.indicator.composite.CompositeEditor;
import org.tongguan.indicator.composite.CompositeIndex;
import org.tongguan.indicator.composite.CompositeResult;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 城市运行指数 — the composite index per region and period, with each indicator's contribution, and its definition. */
@RestController
@RequestMapping("/api/indicators/composite")
@Tag(name = "Indicators (城市体征)")
class CompositeController {

	private final CompositeIndex index;

	private final CompositeEditor definitions;

	private final Callers callers;

	CompositeController(CompositeIndex index, CompositeEditor definitions, Callers callers) {
		this.index = index;
		this.definitions = definitions;
		this.callers = callers;
	}

	@GetMapping
	@Operation(summary = "The composite index (城市运行指数)", description = """
			The index from 0 to 100 for `region` (default: the caller's data scope) and `period` (a period of the \
			index's frequency, e.g. `2026-11`; default: the last one ended): the weighted mean of its indicators' \
			scores. Each indicator's value is its value for the period (the mean over its days or weeks for a finer \
			indicator; its latest quarter or year for a coarser one), scored by its normalisation in its direction. \
			An indicator without a value, not published for the region's level, or hidden from the caller by its \
			access grade is left out and the others' weights are scaled up to fill its weight: `reweighted` says so \
			and `coverage` gives the share of the weights present; `effectiveWeight × normalized = contribution`, \
			and the contributions add up to the index. 404 while no index is defined.""")
	@ApiResponse(responseCode = "200", description = "The index with its contributions", useReturnTypeSchema = true)
	CompositeView compute(@RequestParam(required = false) String region,
			@RequestParam(required = false) String period) {
		return CompositeView.of(index.compute(region, period, callers.current()));
	}

	@GetMapping("/definition")
	@Operation(summary = "The composite index's definition", description = """
			Its name, description, frequency and components: each indicator with its weight and normalisation \
			(MIN_MAX with min and max; TARGET with target and worst; BAND with low, high and tolerance).""")
	CompositeDraft definition() {
		return definitions.definition();
	}

	/**
	 * The index for one region and period.
	 *
	 * @param name the index's name
	 * @param region the region
	 * @param period the period, e.g. {@code 2026-11}
	 * @param index from 0 to 100, absent when no indicator has a value
	 * @param coverage the share of the weights whose indicators are present
	 * @param reweighted whether missing indicators' weights went to the present ones
	 * @param hidden how many indicators the caller may not see (left out, unnamed)
	 * @param contributions each indicator's part, in the definition's order
	 */
	record CompositeView(String name, TopicDataView.RegionItem region, String period, Double index, double coverage,
			boolean reweighted, int hidden, List<ContributionView> contributions) {

		static CompositeView of(CompositeResult result) {
			return new CompositeView(result.name(), TopicDataView.RegionItem.of(result.region()),
					result.period().text(), result.index(), result.coverage(), result.reweighted(), result.hidden(),
					result.contributions().stream().map(ContributionView::of).toList());
		}
	}

	/**
	 * One indicator's part.
	 *
	 * @param code its code
	 * @param name its name
	 * @param weight its weight as defined
	 * @param effectiveWeight its share of the present weights, 0 when missing
	 * @param value its value, absent when missing
	 * @param periods the periods of its own frequency the value stands for
	 * @param normalized its score from 0 to 100, absent when missing
	 * @param contribution {@code effectiveWeight × normalized}, absent when missing
	 */
	record ContributionView(String code, String name, double weight, double effectiveWeight, Double value,
			List<String> periods, Double normalized, Double contribution) {

		static ContributionView of(CompositeResult.Contribution part) {
			return new ContributionView(part.plan().code().value(), part.plan().name(), part.weight(),
					part.effectiveWeight(), part.value(), part.from().stream().map(Period::text).toList(),
					part.normalized(), part.contribution());
		}
	}
}
