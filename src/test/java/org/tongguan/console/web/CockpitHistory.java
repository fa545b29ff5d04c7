package org.tongguan.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A small history of closed and evaluated cases over the last 14 days in 福田, 罗湖 and 南山, imported through the
 * history import API as the administrator, so that the cockpit's rates, trends and rankings have figures to draw.
 */
final class CockpitHistory {

	private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/** Points in three districts with the district's 城管 department. */
	private static final List<String[]> PLACES = List.of(
			new String[] { "114.0579", "22.5431", "福田区城市管理和综合执法局" },
			new String[] { "114.1315", "22.5485", "罗湖区城市管理和综合执法局" },
			new String[] { "113.9305", "22.5330", "南山区城市管理和综合执法局" });

	private static final List<String> SATISFACTION = List.of("满意", "基本满意", "不满意");

	private CockpitHistory() {
	}

	/** The CSV: per day before today, four cases per district, most closed on time, some late, all evaluated. */
	static String csv(String prefix) {
		StringBuilder csv = new StringBuilder(
				"externalId,reportedAt,closedAt,dueAt,category,department,longitude,latitude,satisfaction\n");
		LocalDate today = LocalDate.now(CITY);
		ZonedDateTime now = ZonedDateTime.now(CITY);
		int row = 0;
		for (int daysAgo = 14; daysAgo >= 1; daysAgo--) {
			for (String[] place : PLACES) {
				for (int i = 0; i < 4; i++, row++) {
					ZonedDateTime reported = today.minusDays(daysAgo).atTime(8 + i, 15).atZone(CITY);
					ZonedDateTime due = reported.plusHours(20);
					ZonedDateTime late = reported.plusHours(22);
					ZonedDateTime closed = (row + daysAgo) % 3 == 0 && late.isBefore(now) ? late : reported.plusHours(6);
					csv.append("%s-%d,%s,%s,%s,暴露垃圾,%s,%s,%s,%s%n".formatted(prefix, row, TIME.format(reported),
							TIME.format(closed), TIME.format(due), place[2], place[0], place[1],
							SATISFACTION.get(row % SATISFACTION.size())));
				}
			}
		}
		return csv.toString();
	}

	/** Imports the history into the platform at the base URL; answers the import's report (JSON). */
	static String importInto(String baseUrl) {
		HttpClient http = HttpClient.newHttpClient();
		try {
			HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/auth/tokens"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("""
						{"username": "admin", "password": "%s"}""".formatted(ConsoleBrowserTest.DEMO_PASSWORD)))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(token.statusCode()).as(token.body()).isEqualTo(201);
			String bearer = token.body().replaceFirst("(?s).*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
			HttpResponse<String> imported = http.send(
					HttpRequest.newBuilder(URI.create(baseUrl + "/api/admin/cases/history-import"))
						.header("Content-Type", "text/csv; charset=UTF-8")
						.header("Authorization", "Bearer " + bearer)
						.POST(HttpRequest.BodyPublishers.ofString(csv("COCKPIT")))
						.build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
			return imported.body();
		}
		catch (IOException | InterruptedException e) {
			throw new IllegalStateException("Cannot import the cockpit's history", e);
		}
	}
}
