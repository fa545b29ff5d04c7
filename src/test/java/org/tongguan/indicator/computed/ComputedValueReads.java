package org.tongguan.indicator.computed;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tongguan.indicator.IndicatorFixtures;

import com.jayway.jsonpath.JsonPath;

/**
 * What the computed-value tests read through the API as the demo leader: an indicator's value for one region and
 * period, and the case statistics of a region over a period, to compare it with.
 */
final class ComputedValueReads {

	private final MockMvc mvc;

	private final IndicatorFixtures fixtures;

	ComputedValueReads(MockMvc mvc, IndicatorFixtures fixtures) {
		this.mvc = mvc;
		this.fixtures = fixtures;
	}

	/** The indicator's value for the region and period, {@code null} when it has none. */
	Double value(String code, String region, String period) throws Exception {
		List<Number> found = JsonPath.read(body(get("/api/indicators/" + code + "/values").param("region", region)
			.param("from", period)
			.param("to", period)), "$.values[*].value");
		return found.isEmpty() ? null : found.get(0).doubleValue();
	}

	/** {@code GET /api/statistics/cases} for the region over {@code [from, to)}, grouped as asked. */
	String statistics(String groupBy, String region, LocalDate from, LocalDate to) throws Exception {
		return body(get("/api/statistics/cases").param("groupBy", groupBy)
			.param("district", region)
			.param("from", from.toString())
			.param("to", to.toString()));
	}

	/** The body of a request that must answer 200. */
	String body(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(fixtures.as("leader")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
