package org.tongguan.calendar.web;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.calendar.internal.SpecialDays;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Imports an official holiday calendar (节假日安排) as iCalendar, replacing the special days of the years it covers. */
@RestController
@RequestMapping("/api/admin/calendar")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Working calendar (工作日历)")
class CalendarImportController {

	private final SpecialDays specialDays;

	CalendarImportController(SpecialDays specialDays) {
		this.specialDays = specialDays;
	}

	/** The body is the iCalendar text, read as UTF-8 unless the content type names another charset. */
	@PostMapping(path = "/import", consumes = { "text/calendar", MediaType.TEXT_PLAIN_VALUE })
	@Operation(summary = "Import the holiday calendar (节假日安排)", description = """
			Imports the official holidays (休) and adjusted working days (调休上班, 班) as an iCalendar file (body \
			`text/calendar`), replacing the special days of every year the file covers. Deadlines computed from now \
			on use them.""")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
			mediaType = "text/calendar", schema = @Schema(type = "string"), examples = @ExampleObject("""
					BEGIN:VCALENDAR
					VERSION:2.0
					PRODID:-//city//holidays//ZH
					BEGIN:VEVENT
					UID:2026-spring-festival
					DTSTART;VALUE=DATE:20260216
					DTEND;VALUE=DATE:20260223
					SUMMARY:春节 休
					END:VEVENT
					END:VCALENDAR""")))
	ImportResponse importCalendar(HttpEntity<byte[]> request) {
		MediaType type = request.getHeaders().getContentType();
		Charset charset = type == null || type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset();
		byte[] body = request.getBody() == null ? new byte[0] : request.getBody();
		SpecialDays.Imported imported = specialDays.replace(new String(body, charset));
		return new ImportResponse(imported.years(), imported.holidays(), imported.workdays());
	}

	@DeleteMapping("/years/{year}")
	@Operation(summary = "Remove a year's special days (清空某年节假日安排)", description = """
			Removes every holiday (休) and adjusted working day (班) of the year, e.g. to take back the last special \
			day of a year or a calendar imported for the wrong year; the year's days then follow the ordinary week. \
			Deadlines computed from now on use it. Administrators only.""")
	@ApiResponse(responseCode = "200", description = "The year, now without special days", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "400", description = "The year is outside 1949–2100")
	ImportResponse clearYear(@PathVariable int year) {
		SpecialDays.Imported cleared = specialDays.clear(year);
		return new ImportResponse(cleared.years(), cleared.holidays(), cleared.workdays());
	}

	/** What the import stored: the years replaced and how many days off and adjusted working days they now have. */
	record ImportResponse(List<Integer> years, int holidays, int workdays) {
	}
}
