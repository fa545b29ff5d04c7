package org.tongguan.open311.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tongguan.casework.CaseReport;
import org.tongguan.casework.Reporter;
import org.tongguan.catalog.Urgency;

/**
 * A {@code POST requests} form, checked and turned into a case report on the Open311 channel. Every problem is
 * reported at once (400); an unknown {@code service_code} answers 404 as the specification says. A request without
 * a description is described by its service's name (a case always has a description); a {@code media_url} is kept
 * on the description's last line ({@link MediaLink}). The reporter's name and phone go to the case's protected
 * reporter; {@code email} and {@code device_id} are not stored.
 *
 * @param report the case report
 * @param service the service reported under
 * @param urgency the urgency chosen, or the service's default
 * @param accountId the client's {@code account_id}, echoed in the answer, may be {@code null}
 */
record ReportForm(CaseReport report, OfferedService service, Urgency urgency, String accountId) {

	static final int MAX_DESCRIPTION = 4000;

	private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\]]+)\\](\\[\\])?");

	/**
	 * Reads a form.
	 *
	 * @param form the form's parameters
	 * @param apiKey the (valid) api_key the form was sent with
	 * @param idempotencyKey the client's {@code Idempotency-Key} header, may be {@code null}
	 * @param services the offered services
	 * @param today the city's date, part of the idempotency key when the client sends none
	 */
	static ReportForm read(FormParameters form, String apiKey, String idempotencyKey, ServiceDirectory services,
			LocalDate today) {
		List<String> problems = new ArrayList<>();
		String code = form.single("service_code");
		OfferedService service = null;
		if (code == null) {
			problems.add("service_code was not provided");
		}
		else {
			service = services.offered(code);
		}
		Double latitude = coordinate(form, "lat", 90, problems);
		Double longitude = coordinate(form, "long", 180, problems);
		String address = text(form, "address_string", 500, problems);
		if (latitude == null ^ longitude == null) {
			problems.add("lat and long must be sent together");
		}
		if (latitude == null && longitude == null && address == null) {
			problems.add(form.single("address_id") == null
					? "A location was not provided: send lat and long, or address_string"
					: "address_id is not supported by this endpoint: send lat and long, or address_string");
		}
		String description = text(form, "description", MAX_DESCRIPTION, problems);
		String mediaUrl = mediaUrl(form, problems);
		String stored = new MediaLink(description == null && service != null ? service.version().definition().name()
				: description, mediaUrl).stored();
		if (stored != null && stored.length() > MAX_DESCRIPTION && description != null
				&& description.length() <= MAX_DESCRIPTION) {
			problems.add("description and media_url together are longer than " + MAX_DESCRIPTION + " characters");
		}
		Reporter reporter = reporter(form, problems);
		Urgency urgency = service == null ? null : urgency(form, service, problems);
		if (!problems.isEmpty()) {
			throw Open311Exception.badRequest(problems);
		}
		String key = idempotencyKey == null || idempotencyKey.isBlank()
				? IdempotencyKeys.ofForm(apiKey, form, today)
				: IdempotencyKeys.ofHeader(apiKey, idempotencyKey);
		CaseReport report = CaseReport.open311(key, service.version().code(), stored)
			.at(longitude, latitude, address)
			.reporter(reporter)
			.urgency(urgency)
			.build();
		return new ReportForm(report, service, urgency, form.single("account_id"));
	}

	private static Double coordinate(FormParameters form, String name, double limit, List<String> problems) {
		String text = form.single(name);
		if (text == null) {
			return null;
		}
		try {
			double value = Double.parseDouble(text);
			if (Math.abs(value) <= limit) {
				return value;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		problems.add(name + " '" + text + "' is not a WGS84 " + (limit == 90 ? "latitude" : "longitude")
				+ " between -" + (int) limit + " and " + (int) limit);
		return null;
	}

	private static String text(FormParameters form, String name, int maxLength, List<String> problems) {
		String text = form.single(name);
		if (text != null && text.length() > maxLength) {
			problems.add(name + " is longer than " + maxLength + " characters");
		}
		return text;
	}

	private static String mediaUrl(FormParameters form, List<String> problems) {
		String url = text(form, "media_url", 2000, problems);
		if (url == null) {
			return null;
		}
		try {
			URI uri = new URI(url);
			if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null) {
				return url;
			}
		}
		catch (URISyntaxException e) {
			// reported below
		}
		problems.add("media_url '" + url + "' is not an http or https URL");
		return null;
	}

	/** The reporter from first_name, last_name and phone; a name with Chinese characters is family name first. */
	private static Reporter reporter(FormParameters form, List<String> problems) {
		String first = text(form, "first_name", 50, problems);
		String last = text(form, "last_name", 50, problems);
		String phone = text(form, "phone", 30, problems);
		if (first == null && last == null && phone == null) {
			return null;
		}
		String name;
		if (first == null || last == null) {
			name = first == null ? last : first;
		}
		else {
			boolean chinese = (first + last).codePoints()
				.anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
			name = chinese ? last + first : first + " " + last;
		}
		return new Reporter(name, phone);
	}

	private static Urgency urgency(FormParameters form, OfferedService service, List<String> problems) {
		String chosen = null;
		for (Map.Entry<String, List<String>> parameter : form.startingWith("attribute")) {
			Matcher matcher = ATTRIBUTE.matcher(parameter.getKey());
			if (!matcher.matches() || !OfferedService.URGENCY.equals(matcher.group(1))) {
				problems.add(parameter.getKey() + " is not an attribute of service " + service.code()
						+ "; its attributes are: attribute[" + OfferedService.URGENCY + "]");
			}
			else if (matcher.group(2) != null || parameter.getValue().size() > 1) {
				problems.add(parameter.getKey() + " takes one value (singlevaluelist)");
			}
			else {
				chosen = parameter.getValue().get(0);
			}
		}
		try {
			return service.urgency(chosen);
		}
		catch (Open311Exception e) {
			problems.addAll(e.descriptions());
			return null;
		}
	}
}
