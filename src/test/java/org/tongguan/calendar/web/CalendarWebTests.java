package org.tongguan.calendar.web;

import static org.hamcrest.Matchers.contains;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tongguan.calendar.CalendarKind;
import org.tongguan.calendar.internal.CurrentCalendar;
import org.tongguan.calendar.internal.SpecialDays;
import org.tongguan.shared.PlatformProperties;
import org.tongguan.shared.TimeLimit;
import org.tongguan.support.ControllerSlice;

/**
 * The calendar's arithmetic endpoints as a web slice, the calendar mocked: how the query parameters are read (a time
 * without an offset in the city's zone, units and kinds in any letter case, working time by default) and that every
 * missing or malformed one is named in one 400 problem before anything is computed. The city's zone is the default
 * platform setting, Asia/Shanghai.
 */
@ControllerSlice(@Filter(type = FilterType.ASSIGNABLE_TYPE, classes = CalendarController.class))
@EnableConfigurationProperties(PlatformProperties.class)
class CalendarWebTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CurrentCalendar calendar;

	@MockitoBean
	SpecialDays specialDays;

	@Test
	void readsAStartWithoutOffsetInTheCitysZoneAndCountsWorkingTimeByDefault() throws Exception {
		when(calendar.deadline(any(), any(), any())).thenReturn(Instant.parse("2026-02-24T02:00:00Z"));

		mvc.perform(get("/api/calendar/deadline").param("start", "2026-02-13T10:00:00")
			.param("amount", " 2 ")
			.param("unit", "working_days"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.start").value("2026-02-13T10:00:00+08:00"))
			.andExpect(jsonPath("$.kind").value("WORKING"))
			.andExpect(jsonPath("$.deadline").value("2026-02-24T10:00:00+08:00"));
		verify(calendar).deadline(Instant.parse("2026-02-13T02:00:00Z"), TimeLimit.workingDays(2),
				CalendarKind.WORKING);
	}

	@Test
	void namesEveryMissingOrMalformedParameterInOneProblemAndComputesNothing() throws Exception {
		mvc.perform(get("/api/calendar/deadline").param("amount", "-1")
			.param("unit", "weeks")
			.param("kind", "sometimes"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(contains("start", "amount", "unit", "kind")))
			.andExpect(jsonPath("$.errors[*].message").value(contains("is required", "must be zero or more, not -1",
					"'weeks' is not one of [WORKING_HOURS, WORKING_DAYS]",
					"'sometimes' is not one of [WORKING, ROUND_THE_CLOCK]")));
		verifyNoInteractions(calendar);
	}

	@Test
	void refusesATimeThatIsNoIsoDateTimeOrLiesBefore1900() throws Exception {
		mvc.perform(get("/api/calendar/elapsed").param("from", "1899-12-31T23:00:00Z")
			.param("to", "2026-02-13 10:00"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(contains("from", "to")))
			.andExpect(jsonPath("$.errors[0].message").value("must lie between the years 1900 and 9999"))
			.andExpect(jsonPath("$.errors[1].message").value("'2026-02-13 10:00' is not an ISO-8601 date-time such as "
					+ "2026-02-13T10:00:00+08:00 (write + as %2B in a URL)"));
		verifyNoInteractions(calendar);
	}
}
