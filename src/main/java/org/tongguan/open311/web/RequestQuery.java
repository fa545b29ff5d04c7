package org.tongguan.open311.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.tongguan.casework.CaseSearch;
import org.tongguan.casework.CaseStage;
import org.tongguan.catalog.CategoryCode;

/**
 * A {@code GET requests} query: either the requests named by {@code service_request_id} (which overrides every
 * other argument) or a search by {@code service_code}, {@code status} and the {@code start_date}–{@code end_date}
 * window of the requested time. The window defaults to the most recent span of {@code maxWindow} (90 days), runs
 * that long from a lone {@code start_date} or up to a lone {@code end_date}, and may not be longer; both ends are
 * included. At most {@code maxRequests} (1000) requests are returned, newest first.
 *
 * @param numbers the case numbers asked for, empty for a search
 * @param search the search when no numbers were given, else {@code null}
 */
record RequestQuery(List<String> numbers, CaseSearch search) {

	/** The most service_request_id values one query may name. */
	static final int MAX_IDS = 200;

	static RequestQuery read(FormParameters parameters, W3cDates dates, Instant now, Duration maxWindow,
			int maxRequests) {
		List<String> numbers = parameters.list("service_request_id");
		if (numbers.size() > MAX_IDS) {
			throw Open311Exception.badRequest("service_request_id names " + numbers.size() + " requests; at most "
					+ MAX_IDS + " at once");
		}
		if (!numbers.isEmpty()) {
			return new RequestQuery(numbers, null);
		}
		List<String> problems = new ArrayList<>();
		List<CategoryCode> codes = new ArrayList<>();
		for (String code : parameters.list("service_code")) {
			if (CategoryCode.isValid(code)) {
				codes.add(CategoryCode.of(code));
			}
			else {
				problems.add("service_code '" + code + "' is not a service code (" + CategoryCode.FORM + ")");
			}
		}
		Set<CaseStage> stages = stages(parameters.list("status"), problems);
		String startText = parameters.single("start_date");
		String endText = parameters.single("end_date");
		Instant start = startText == null ? null : dates.parse("start_date", startText);
		Instant end = endText == null ? null : dates.parse("end_date", endText);
		if (start == null) {
			end = end == null ? now : end;
			start = end.minus(maxWindow);
		}
		else if (end == null) {
			end = start.plus(maxWindow);
		}
		if (end.isBefore(start)) {
			problems.add("end_date is before start_date");
		}
		else if (Duration.between(start, end).compareTo(maxWindow) > 0) {
			problems.add("start_date to end_date may not span more than " + maxWindow.toDays() + " days");
		}
		if (!problems.isEmpty()) {
			throw Open311Exception.badRequest(problems);
		}
		return new RequestQuery(List.of(),
				new CaseSearch(List.of(), codes, stages, start, end.plusNanos(1_000), maxRequests));
	}

	/** The stages of the statuses asked for: open = not terminal, closed = terminal; all for both or none. */
	private static Set<CaseStage> stages(List<String> statuses, List<String> problems) {
		Set<CaseStage> stages = EnumSet.noneOf(CaseStage.class);
		for (String status : statuses) {
			switch (status.toLowerCase(Locale.ROOT)) {
				case "open" -> stages.addAll(terminal(false));
				case "closed" -> stages.addAll(terminal(true));
				default -> problems.add("status '" + status + "' is not open or closed");
			}
		}
		return stages.size() == CaseStage.values().length ? Set.of() : stages;
	}

	private static List<CaseStage> terminal(boolean terminal) {
		return EnumSet.allOf(CaseStage.class).stream().filter(stage -> stage.terminal() == terminal).toList();
	}
}
