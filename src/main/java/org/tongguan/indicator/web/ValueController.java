package org.tongguan.indicator.web;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.identity.Callers;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.IndicatorValue;
import org.tongguan.indicator.ValueSource;
import org.tongguan.indicator.value.ValueReads;
import org.tongguan.indicator.value.ValueReads.Series;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 指标数据 — an indicator's values with their provenance, current or as known at an instant. */
@RestController
@RequestMapping("/api/indicators/{code}/values")
@Tag(name = "Indicators (城市体征)")
class ValueController {

	private final ValueReads reads;

	private final Callers callers;

	ValueController(ValueReads reads, Callers callers) {
		this.reads = reads;
		this.callers = callers;
	}

	@GetMapping
	@Operation(summary = "An indicator's values (指标数据)", description = """
			The indicator's values by region and period, each with its provenance (PUSH, IMPORT or COMPUTED, who \
			sent it, when it arrived, its revision). `region` (repeatable) names the regions; without it every \
			region within the caller's data scope is answered, and naming one outside it answers 403. `from` and \
			`to` (inclusive) are periods in the form of the indicator's frequency: `2025-03-05`, `2025-W10`, \
			`2025-03`, `2025-Q1`, `2025`. `asOf` (an instant) answers what was known then: corrections that arrived \
			later are left out and the values they replaced answered instead. A read that would answer more values \
			than the platform allows (`tongguan.indicator.max-series-values`) answers 400. An indicator the caller's \
			access grade does not admit answers 404.""")
	@ApiResponse(responseCode = "200", description = "The values by region and period", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "403", description = "A region named lies outside the caller's data scope")
	SeriesView values(@PathVariable IndicatorCode code, @RequestParam(required = false) List<String> region,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) Instant asOf) {
		Series series = reads.series(code, region == null ? List.of() : region, from, to, asOf, callers.current());
		return new SeriesView(series.plan().code().value(), series.plan().name(), series.plan().unit(),
				series.plan().frequency().name(), series.asOf(), series.values().stream().map(ValueView::of).toList());
	}

	@GetMapping("/revisions")
	@Operation(summary = "One value's revisions (修订记录)", description = """
			Every revision of the indicator's value for one `region` and `period`, the first first: each with its \
			provenance and when the next one replaced it (absent for the current one).""")
	@ApiResponse(responseCode = "200", description = "The revisions, the first first", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "403", description = "The region lies outside the caller's data scope")
	List<RevisionView> revisions(@PathVariable IndicatorCode code, @RequestParam String region,
			@RequestParam String period) {
		return reads.revisions(code, region, period, callers.current())
			.stream()
			.map(revision -> new RevisionView(ValueView.of(revision.value()), revision.supersededAt()))
			.toList();
	}

	/**
	 * An indicator's values.
	 *
	 * @param indicator its code
	 * @param name its name
	 * @param unit its unit
	 * @param frequency its frequency, which the periods follow
	 * @param asOf the instant asked for, absent for the current values
	 * @param values by region and period
	 */
	record SeriesView(String indicator, String name, String unit, String frequency, Instant asOf,
			List<ValueView> values) {
	}

	/**
	 * One value with its provenance.
	 *
	 * @param region the region's code
	 * @param period the period, e.g. {@code 2025-03}
	 * @param value the value
	 * @param source PUSH, IMPORT or COMPUTED
	 * @param sender who sent it
	 * @param arrivedAt when it arrived
	 * @param revision 1, or more after corrections
	 */
	record ValueView(String region, String period, double value, ValueSource source, String sender,
			Instant arrivedAt, int revision) {

		static ValueView of(IndicatorValue value) {
			return new ValueView(value.region().value(), value.period().text(), value.value(), value.source(),
					value.sender(), value.arrivedAt(), value.revision());
		}
	}

	/**
	 * One revision of a value.
	 *
	 * @param value the value as it was sent
	 * @param supersededAt when the next revision replaced it, absent for the current one
	 */
	record RevisionView(ValueView value, Instant supersededAt) {
	}
}
