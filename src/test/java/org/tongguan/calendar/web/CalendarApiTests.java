package org.tongguan.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tongguan.support.PlatformTest;

/** The calendar's REST API: deadlines across the Spring Festival, special days, and the admin iCalendar import. */
@PlatformTest
@WithMockUser(roles = "OPERATOR")
class CalendarApiTests {

	private static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar");

	@Autowired
	MockMvc mvc;

	@Test
	void answersADeadlineAcrossTheSpringFestivalInTheCityZone() throws Exception {
		call(get("/api/calendar/deadline").param("start", "2026-02-13T10:00:00+08:00")
			.param("amount", "2")
			.param("unit", "WORKING_DAYS")
			.param("kind", "WORKING"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.start").value("2026-02-13T10:00:00+08:00"))
			.andExpect(jsonPath("$.amount").value(2))
			.andExpect(jsonPath("$.unit").value("WORKING_DAYS"))
			.andExpect(jsonPath("$.kind").value("WORKING"))
			.andExpect(jsonPath("$.deadline").value("2026-02-24T10:00:00+08:00"));
		call(get("/api/calendar/deadline").param("start", "2026-02-13T02:00:00Z")
			.param("amount", "1")
			.param("unit", "working_days"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.start").value("2026-02-13T10:00:00+08:00"))
			.andExpect(jsonPath("$.deadline").value("2026-02-14T10:00:00+08:00"));
	}

	@Test
	void answersElapsedWorkingTimeAndTheWorkingHours() throws Exception {
		call(get("/api/calendar/elapsed").param("from", "2026-02-13T09:00:00+08:00")
			.param("to", "2026-02-25T09:00:00+08:00"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("WORKING"))
			.andExpect(jsonPath("$.workingMinutes").value(21 * 60))
			.andExpect(jsonPath("$.duration").value("PT21H"));
		call(get("/api/calendar/working-hours"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.periods", containsInAnyOrder("09:00-12:00", "14:00-18:00")))
			.andExpect(jsonPath("$.minutesPerDay").value(420))
			.andExpect(jsonPath("$.zone").value("Asia/Shanghai"));
	}

	@Test
	void namesEveryBadQueryParameter() throws Exception {
		call(get("/api/calendar/deadline").param("amount", "-1").param("unit", "FORTNIGHTS").param("kind", "LUNAR"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("start", "amount", "unit", "kind")));
		call(get("/api/calendar/elapsed").param("from", "2026-02-13 10:00:00 08:00").param("to", "yesterday"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("from", "to")))
			.andExpect(jsonPath("$.errors[0].message", containsString("%2B")));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void refusesABadCalendarFileAndKeepsTheDays() throws Exception {
		String before = specialDays2026();
		String bad = calendar(event("weekday", "20260316", "春节(班)"), event("vague", "20260317", "春节"));

		call(importing(bad))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(2)))
			.andExpect(jsonPath("$.errors[*].field", hasItem(containsString("UID weekday"))))
			.andExpect(jsonPath("$.errors[*].message", hasItem(containsString("must be a Saturday or Sunday"))));
		call(importing("not a calendar")).andExpect(status().isBadRequest());

		assertThat(specialDays2026()).isEqualTo(before);
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void importReplacesTheDaysOfTheYearsTheFileCovers() throws Exception {
		try {
			String may2026 = calendar(event("may", "20260501", "20260506", "劳动节(休)"),
					event("sat", "20260509", "劳动节(班)"));
			call(importing(may2026))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.years", containsInAnyOrder(2026)))
				.andExpect(jsonPath("$.holidays").value(5))
				.andExpect(jsonPath("$.workdays").value(1));
			call(get("/api/calendar/days").param("year", "2026"))
				.andExpect(jsonPath("$", hasSize(6)))
				.andExpect(jsonPath("$[0].day").value("2026-05-01"))
				.andExpect(jsonPath("$[0].kind").value("HOLIDAY"))
				.andExpect(jsonPath("$[0].name").value("劳动节"))
				.andExpect(jsonPath("$[5].kind").value("WORKDAY"));
			call(get("/api/calendar/days").param("year", "2025")).andExpect(jsonPath("$", hasSize(33)));
			// The Spring Festival is gone from 2026: two working days from Friday 10:00 end on Tuesday 02-17.
			call(get("/api/calendar/deadline").param("start", "2026-02-13T10:00:00+08:00")
				.param("amount", "2")
				.param("unit", "WORKING_DAYS"))
				.andExpect(jsonPath("$.deadline").value("2026-02-17T10:00:00+08:00"));
		}
		finally {
			call(importing(bundled())).andExpect(status().isOk());
		}
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void clearingAYearRemovesItsSpecialDaysAndOnlyItsOwn() throws Exception {
		try {
			call(importing(calendar(event("city", "20280306", null, "城市日(休)")))).andExpect(status().isOk());
			String before2026 = specialDays2026();

			call(delete("/api/admin/calendar/years/2028").with(csrf()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.years", containsInAnyOrder(2028)))
				.andExpect(jsonPath("$.holidays").value(0));

			call(get("/api/calendar/days").param("year", "2028")).andExpect(jsonPath("$", hasSize(0)));
			assertThat(specialDays2026()).isEqualTo(before2026);
			call(delete("/api/admin/calendar/years/3000").with(csrf()))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("year"));
		}
		finally {
			call(delete("/api/admin/calendar/years/2028").with(csrf())).andExpect(status().isOk());
		}
	}

	@Test
	void onlyAdministratorsImport() throws Exception {
		call(importing(calendar(event("x", "20260501", null, "劳动节(休)")))).andExpect(status().isForbidden());
		call(delete("/api/admin/calendar/years/2026").with(csrf())).andExpect(status().isForbidden());
	}

	/** Sends a request as the test's {@code @WithMockUser}. */
	private ResultActions call(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request);
	}

	private String specialDays2026() throws Exception {
		return call(get("/api/calendar/days").param("year", "2026"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static MockHttpServletRequestBuilder importing(String text) {
		return post("/api/admin/calendar/import").with(csrf())
			.contentType(TEXT_CALENDAR)
			.content(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String calendar(String... events) {
		return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tongguan//Tests//CN\r\n" + String.join("", events)
				+ "END:VCALENDAR\r\n";
	}

	private static String event(String uid, String start, String end, String summary) {
		return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTART;VALUE=DATE:" + start + "\r\n"
				+ (end == null ? "" : "DTEND;VALUE=DATE:" + end + "\r\n") + "SUMMARY:" + summary + "\r\nEND:VEVENT\r\n";
	}

	private static String event(String uid, String start, String summary) {
		return event(uid, start, null, summary);
	}

	private static String bundled() throws IOException {
		try (InputStream in = CalendarApiTests.class.getResourceAsStream("/calendar/cn-holidays.ics")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
