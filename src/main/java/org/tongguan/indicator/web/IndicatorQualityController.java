package org.tongguan.indicator.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.identity.Callers;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.quality.IndicatorQuality;
import org.tongguan.indicator.quality.QualityBadge;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 数据质量 — an indicator's quality badge in one region, for every caller who may see the indicator there. */
@RestController
@Tag(name = "Indicators (城市体征)")
class IndicatorQualityController {

	private final IndicatorQuality quality;

	private final Callers callers;

	IndicatorQualityController(IndicatorQuality quality, Callers callers) {
		this.quality = quality;
		this.callers = callers;
	}

	@GetMapping("/api/indicators/{code}/quality")
	@Operation(summary = "An indicator's quality badge (数据质量)", description = """
			The quality of the indicator's values in the `region` over the periods due in its window (365 days, 52 \
			weeks, 12 months, 8 quarters or 5 years, from the region's first value on), by the dimensions of \
			GB/T 36344: completeness (due periods with a value), timeliness (values whose first revision arrived \
			within the expected delay), validity (values within the valid range) and consistency (values never \
			corrected), each 0–1; the score is their mean, the badge A ≥ 0.9, B ≥ 0.75, C ≥ 0.6, else D. An \
			indicator the caller may not see answers 404, a region outside the caller's scope 403.""")
	QualityBadge quality(@PathVariable IndicatorCode code, @RequestParam(required = false) String region) {
		return quality.of(code, region, callers.current());
	}
}
