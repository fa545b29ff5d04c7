package org.tongguan.indicator.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.identity.Callers;
import org.tongguan.indicator.topic.TopicData;
import org.tongguan.indicator.topic.TopicReads;
import org.tongguan.indicator.topic.TopicSummary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 专题 — thematic topics and a topic page's data, within the caller's access grades and data scope. */
@RestController
@RequestMapping("/api/indicators/topics")
@Tag(name = "Indicators (城市体征)")
class TopicController {

	private final TopicReads reads;

	private final TopicData data;

	private final Callers callers;

	TopicController(TopicReads reads, TopicData data, Callers callers) {
		this.reads = reads;
		this.data = data;
		this.callers = callers;
	}

	@GetMapping
	@Operation(summary = "The thematic topics (专题)", description = """
			Every topic in order of `position`, with how many of its indicators the caller's access grades admit.""")
	List<TopicSummary> list() {
		return reads.list(callers.current());
	}

	@GetMapping("/{key}")
	@Operation(summary = "A thematic topic (专题)", description = """
			The topic's indicators (in order, each with how it is shown: FIGURE, LINE, BAR, MAP), its map layers \
			(CASES, DEVICES, ALARMS, CHOROPLETH, each with a filter) and its layout. Indicators the caller's access \
			grades do not admit are left out, with the layers drawn from them.""")
	TopicView read(@PathVariable String key) {
		return TopicView.of(reads.find(key, callers.current()));
	}

	@GetMapping("/{key}/data")
	@Operation(summary = "A topic page's data (专题数据)", description = """
			For each indicator of the topic the caller may see: the region's values whose periods begin from the \
			period holding `from` up to `to` as a `trend` of one number per period, `{"start": "2025-03-01", \
			"values": [41.0, null, 42.0]}`: the first day of the first period with a value, then the value of each \
			period from it on (the next day, ISO week, month, quarter or year by the indicator's frequency; `null` \
			for a period without one) up to the last with a value (`{"values": []}` when there is none); its \
			latest value up to `to` (`latest`, possibly before `from`, with how it came in as `source`); and the \
			latest value up to `to` of each child region the indicator is published for (`regions`, for the map); \
			with each indicator's unit, direction, frequency, target and thresholds. `region` defaults to the caller's data scope (required when that is the whole \
			platform); one outside the scope answers 403. `from` and `to` are days (`2026-12-06`); `to` defaults to \
			today, `from` to a year before; at most three years.""")
	@ApiResponse(responseCode = "200", description = "The topic's data", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "403", description = "The region lies outside the caller's data scope")
	TopicDataView data(@PathVariable String key, @RequestParam(required = false) String region,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		return TopicDataView.of(data.read(key, region, from, to, callers.current()));
	}
}
