package org.tongguan.open311.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.tongguan.casework.CaseReport;
import org.tongguan.casework.Channel;
import org.tongguan.casework.Reporter;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.Urgency;

/** How a posted form becomes a case report, and every way a form can be wrong. */
class ReportFormTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

	private final ServiceDirectory services = new ServiceDirectory(new FakeCatalog());

	@Test
	void readsTheSpecificationsExampleFormIntoAnOpen311Report() {
		MultiValueMap<String, String> form = form("service_code", "E0101", "lat", "22.5431", "long", "114.0579",
				"address_string", "深南大道 6008 号", "email", "smit333@sfgov.edu", "device_id", "tt222111",
				"account_id", "123456", "first_name", "三", "last_name", "张", "phone", "13812345678", "description",
				"路边有一堆垃圾", "media_url", "http://farm3.static.flickr.com/2002/2212426634_5ed477a060.jpg",
				"attribute[urgency]", "URGENT");

		ReportForm read = read(form, null);

		CaseReport report = read.report();
		assertThat(report.channel()).isEqualTo(Channel.OPEN311);
		assertThat(report.category()).isEqualTo(CategoryCode.of("E0101"));
		assertThat(report.latitude()).isEqualTo(22.5431);
		assertThat(report.longitude()).isEqualTo(114.0579);
		assertThat(report.address()).isEqualTo("深南大道 6008 号");
		assertThat(report.urgency()).isEqualTo(Urgency.URGENT);
		assertThat(report.reporter()).isEqualTo(new Reporter("张三", "13812345678"));
		assertThat(report.description()).isEqualTo("路边有一堆垃圾\n[media_url] "
				+ "http://farm3.static.flickr.com/2002/2212426634_5ed477a060.jpg");
		assertThat(report.idempotencyKey()).startsWith("open311:").hasSizeLessThanOrEqualTo(60);
		assertThat(read.accountId()).isEqualTo("123456");
		assertThat(read.urgency()).isEqualTo(Urgency.URGENT);
	}

	@Test
	void takesTheServicesDefaultUrgencyAndAWesternNameInItsOwnOrder() {
		ReportForm read = read(form("service_code", "E0101", "address_string", "福田区市民中心", "first_name", "John",
				"last_name", "Smith", "attribute[urgency]", ""), null);

		assertThat(read.report().urgency()).isEqualTo(Urgency.NORMAL);
		assertThat(read.report().reporter()).isEqualTo(new Reporter("John Smith", null));
		assertThat(read.report().latitude()).isNull();
	}

	@Test
	void treatsEmptyParametersAsNotSent() {
		ReportForm read = read(form("service_code", "E0101", "address_string", "福田区市民中心", "lat", "", "long", "",
				"description", "", "phone", ""), null);

		assertThat(read.report().reporter()).isNull();
		assertThat(read.report().description()).isEqualTo("暴露垃圾");
		assertThat(read.report().latitude()).isNull();
	}

	@Test
	void aRetriedFormHasTheSameIdempotencyKeyAndAnotherDeviceOrDayAnother() {
		MultiValueMap<String, String> form = form("service_code", "E0101", "lat", "22.5431", "long", "114.0579",
				"device_id", "phone-1");
		String key = read(form, null).report().idempotencyKey();

		assertThat(read(form("service_code", "E0101", "lat", "22.5431", "long", "114.0579", "device_id", "phone-1",
				"email", ""), null).report().idempotencyKey()).isEqualTo(key);
		assertThat(read(form("service_code", "E0101", "lat", "22.5431", "long", "114.0579", "device_id", "phone-2"),
				null).report().idempotencyKey()).isNotEqualTo(key);
		assertThat(ReportForm.read(new FormParameters(form), "key", null, services, TODAY.plusDays(1))
			.report()
			.idempotencyKey()).isNotEqualTo(key);
		assertThat(ReportForm.read(new FormParameters(form), "other-key", null, services, TODAY)
			.report()
			.idempotencyKey()).isNotEqualTo(key);
	}

	@Test
	void anIdempotencyKeyHeaderReplacesTheFormsHash() {
		String first = read(form("service_code", "E0101", "address_string", "A"), "retry-7").report().idempotencyKey();
		String changed = read(form("service_code", "E0101", "address_string", "B"), "retry-7").report()
			.idempotencyKey();

		assertThat(changed).isEqualTo(first);
		assertThat(read(form("service_code", "E0101", "address_string", "A"), "retry-8").report().idempotencyKey())
			.isNotEqualTo(first);
	}

	@Test
	void reportsEveryProblemOfABadFormAtOnce() {
		MultiValueMap<String, String> form = form("lat", "91", "long", "east", "description", "x".repeat(4001),
				"media_url", "javascript:alert(1)");

		assertThatThrownBy(() -> read(form, null)).isInstanceOfSatisfying(Open311Exception.class, e -> {
			assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(e.descriptions()).containsExactly("service_code was not provided",
					"lat '91' is not a WGS84 latitude between -90 and 90",
					"long 'east' is not a WGS84 longitude between -180 and 180",
					"A location was not provided: send lat and long, or address_string",
					"description is longer than 4000 characters",
					"media_url 'javascript:alert(1)' is not an http or https URL");
		});
	}

	@Test
	void keepsTheMediaUrlOnlyWhenTheDescriptionLeavesRoomForIt() {
		assertThat(read(form("service_code", "E0101", "address_string", "A", "media_url", "http://a.org/1.jpg"), null)
			.report()
			.description()).isEqualTo("暴露垃圾\n[media_url] http://a.org/1.jpg");
		assertProblems(form("service_code", "E0101", "address_string", "A", "description", "x".repeat(3990),
				"media_url", "http://a.org/1.jpg"),
				"description and media_url together are longer than 4000 characters");
	}

	@Test
	void needsBothCoordinatesOrAnAddressString() {
		assertProblems(form("service_code", "E0101", "lat", "22.5"), "lat and long must be sent together");
		assertProblems(form("service_code", "E0101", "address_id", "545483"),
				"address_id is not supported by this endpoint: send lat and long, or address_string");
	}

	@Test
	void acceptsOnlyTheServicesAttributesAndTheirValues() {
		assertProblems(form("service_code", "E0101", "address_string", "A", "attribute[colour]", "red"),
				"attribute[colour] is not an attribute of service E0101; its attributes are: attribute[urgency]");
		assertProblems(form("service_code", "E0101", "address_string", "A", "attribute[urgency]", "CRITICAL"),
				"attribute[urgency] 'CRITICAL' is not offered by service E0101; use one of [NORMAL, URGENT]");
		assertProblems(form("service_code", "E0101", "address_string", "A", "attribute[urgency][]", "URGENT"),
				"attribute[urgency][] takes one value (singlevaluelist)");
		assertProblems(form("service_code", "E0101", "address_string", "A", "attribute[closing_conditions]", "x"),
				"attribute[closing_conditions] is not an attribute of service E0101; its attributes are: "
						+ "attribute[urgency]");
	}

	@Test
	void aParameterSentTwiceIsRejected() {
		MultiValueMap<String, String> form = form("service_code", "E0101", "address_string", "A");
		form.add("service_code", "E0102");

		assertProblems(form, "service_code was sent 2 times; send it once");
	}

	@Test
	void anUnknownOrInactiveServiceCodeIsNotFound() {
		for (String code : new String[] { "E0199", "E0102", "garbage" }) {
			assertThatThrownBy(() -> read(form("service_code", code, "address_string", "A"), null))
				.isInstanceOfSatisfying(Open311Exception.class, e -> {
					assertThat(e.status()).isEqualTo(HttpStatus.NOT_FOUND);
					assertThat(e.descriptions()).containsExactly("service_code '" + code + "' was not found");
				});
		}
	}

	private void assertProblems(MultiValueMap<String, String> form, String... problems) {
		assertThatThrownBy(() -> read(form, null)).isInstanceOfSatisfying(Open311Exception.class,
				e -> assertThat(e.descriptions()).containsExactly(problems));
	}

	private ReportForm read(MultiValueMap<String, String> form, String idempotencyKey) {
		return ReportForm.read(new FormParameters(form), "key", idempotencyKey, services, TODAY);
	}

	static MultiValueMap<String, String> form(String... namesAndValues) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			form.add(namesAndValues[i], namesAndValues[i + 1]);
		}
		return form;
	}
}
