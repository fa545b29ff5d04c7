package org.tongguan.open311.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.tongguan.casework.CaseSnapshot;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.Channel;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.Urgency;
import org.tongguan.identity.ApiKeyPurpose;
import org.tongguan.identity.Caller;
import org.tongguan.identity.ExternalSystems;
import org.tongguan.identity.Role;
import org.tongguan.region.RegionCode;
import org.tongguan.shared.PlatformProperties;

/**
 * The Open311 endpoints over HTTP with casework, the catalogue and API keys faked in memory: every method in XML and
 * JSON, and every error in the specification's format with its status.
 */
class Open311WebTests {

	private static final String KEY = "tg_valid-key";

	private static final Caller SYSTEM = new Caller("apikey:open311-app", "open311-app",
			Set.of(Role.EXTERNAL_SYSTEM), RegionCode.of("440300"), null);

	/** A sub-category this test's policy never publishes. */
	private static final CategoryCode WITHHELD = CategoryCode.of("E0408");

	/** A sub-category this test's policy publishes with a coarse location. */
	private static final CategoryCode SENSITIVE = CategoryCode.of("C0101");

	private static final MediaType XML = MediaType.parseMediaType("text/xml;charset=utf-8");

	private static final MediaType JSON = MediaType.parseMediaType("application/json;charset=utf-8");

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

	private final FakeCases cases = new FakeCases(clock);

	private final MockMvc mvc = mvc(3);

	private MockMvc mvc(int postsPerMinute) {
		ServiceDirectory services = new ServiceDirectory(new FakeCatalog());
		PlatformProperties platform = new PlatformProperties(ZoneId.of("Asia/Shanghai"), true, Path.of("data"));
		Open311Properties properties = new Open311Properties("运行中心 12345", "Ask the administrator", postsPerMinute,
				600, 1000, Duration.ofDays(90), new Open311Properties.Publication(Set.of(Channel.OPEN311,
						Channel.CITIZEN), Set.of(WITHHELD), Set.of(SENSITIVE), 3));
		ExternalSystems keys = (key, purpose) -> KEY.equals(key) && purpose == ApiKeyPurpose.OPEN311
				? Optional.of(SYSTEM) : Optional.empty();
		RequestIntake intake = new RequestIntake(keys, services, cases, clock, platform);
		return MockMvcBuilders
			.standaloneSetup(new DiscoveryController(properties), new ServiceController(services),
					new RequestController(intake, cases, services,
							new PublicationPolicy(properties, new FakeRegions()), properties, platform, clock))
			.setControllerAdvice(new Open311ErrorHandler())
			.addInterceptors(Open311Configuration.rateLimit(properties, clock))
			.build();
	}

	@Test
	void discoveryNamesTheEndpointItsFormatsAndHowToGetAKey() throws Exception {
		mvc.perform(get("/open311/discovery.xml"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(XML))
			.andExpect(xpath("/discovery/contact").string("运行中心 12345"))
			.andExpect(xpath("/discovery/key_service").string("Ask the administrator"))
			.andExpect(xpath("/discovery/endpoints/endpoint/specification")
				.string("http://wiki.open311.org/GeoReport_v2"))
			.andExpect(xpath("/discovery/endpoints/endpoint/url").string("http://localhost/open311/v2"))
			.andExpect(xpath("/discovery/endpoints/endpoint/type").string("production"))
			.andExpect(xpath("/discovery/endpoints/endpoint/formats/format[2]").string("application/json"));
		mvc.perform(get("/open311/v2/discovery.json"))
			.andExpect(content().contentType(JSON))
			.andExpect(jsonPath("$.changeset").value("2026-11-21T00:00:00+08:00"))
			.andExpect(jsonPath("$.endpoints[0].formats").isArray())
			.andExpect(jsonPath("$.endpoints[0].formats[0]").value("text/xml"));
	}

	@Test
	void listsTheActiveSubCategoriesAsServicesEventsFirst() throws Exception {
		mvc.perform(get("/open311/v2/services.xml"))
			.andExpect(status().isOk())
			.andExpect(xpath("count(/services/service)").number(3.0))
			.andExpect(xpath("/services/service[1]/service_code").string("E0101"))
			.andExpect(xpath("/services/service[1]/service_name").string("暴露垃圾"))
			.andExpect(xpath("/services/service[1]/description").string("事件/市容环境/暴露垃圾，一般件处置时限1个工作日；紧急件处置时限4个工作小时"))
			.andExpect(xpath("/services/service[1]/metadata").string("true"))
			.andExpect(xpath("/services/service[1]/type").string("realtime"))
			.andExpect(xpath("/services/service[1]/keywords").string("暴露垃圾, 市容环境, 事件, E0101"))
			.andExpect(xpath("/services/service[1]/group").string("市容环境"))
			.andExpect(xpath("/services/service[2]/description").string("事件/突发事件/燃气泄漏，特急件处置时限2小时"))
			.andExpect(xpath("/services/service[3]/description").string("部件/公共设施/上水井盖，一般件处置时限1天"));
		mvc.perform(get("/open311/v2/services.json"))
			.andExpect(content().contentType(JSON))
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[0].metadata").value(true))
			.andExpect(jsonPath("$[1].service_code").value("E0501"));
	}

	@Test
	void definesTheUrgencyAttributeAndShowsTheClosingConditions() throws Exception {
		mvc.perform(get("/open311/v2/services/E0101.xml"))
			.andExpect(status().isOk())
			.andExpect(content().string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><service_definition>"
					+ "<service_code>E0101</service_code><attributes><attribute><variable>true</variable>"
					+ "<code>urgency</code><datatype>singlevaluelist</datatype><required>false</required>"
					+ "<datatype_description>不选时按一般处理 (default NORMAL)</datatype_description><order>1</order>"
					+ "<description>紧急程度 (urgency)：一般件处置时限1个工作日；紧急件处置时限4个工作小时</description>"
					+ "<values><value><key>NORMAL</key><name>一般</name></value><value><key>URGENT</key>"
					+ "<name>紧急</name></value></values></attribute><attribute><variable>false</variable>"
					+ "<code>closing_conditions</code><datatype>text</datatype><required>false</required>"
					+ "<datatype_description/><order>2</order><description>结案标准：暴露垃圾已清除，附处置后照片"
					+ "</description></attribute></attributes></service_definition>"));
		mvc.perform(get("/open311/v2/services/E0501.json"))
			.andExpect(jsonPath("$.service_code").value("E0501"))
			.andExpect(jsonPath("$.attributes.length()").value(1))
			.andExpect(jsonPath("$.attributes[0].values[0].key").value("CRITICAL"))
			.andExpect(jsonPath("$.attributes[0].values[0].name").value("特急"));
	}

	@Test
	void anUnknownOrInactiveServiceIsNotFound() throws Exception {
		mvc.perform(get("/open311/v2/services/E0102.json"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(JSON))
			.andExpect(content().json("[{\"code\":404,\"description\":\"service_code 'E0102' was not found\"}]"));
		mvc.perform(get("/open311/v2/services/006.xml"))
			.andExpect(status().isNotFound())
			.andExpect(content().string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><errors><error><code>404</code>"
					+ "<description>service_code '006' was not found</description></error></errors>"));
	}

	@Test
	void aClientPostsARequestAndReadsItBackInXmlAndJson() throws Exception {
		String created = mvc.perform(report().param("account_id", "acct-9").param("attribute[urgency]", "URGENT"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(XML))
			.andExpect(xpath("/service_requests/request/service_request_id").string("20261121-0001"))
			.andExpect(xpath("/service_requests/request/token").string("1"))
			.andExpect(xpath("/service_requests/request/service_notice")
				.string("按事项清单，暴露垃圾（紧急）的处置时限为4个工作小时。结案标准：暴露垃圾已清除，附处置后照片。"))
			.andExpect(xpath("/service_requests/request/account_id").string("acct-9"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(cases.reportedAs).containsExactly(SYSTEM);
		assertThat(cases.reports.get(0).urgency()).isEqualTo(Urgency.URGENT);

		mvc.perform(get("/open311/v2/requests/20261121-0001.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].service_request_id").value("20261121-0001"))
			.andExpect(jsonPath("$[0].status").value("open"))
			.andExpect(jsonPath("$[0].status_notes").value("待受理"))
			.andExpect(jsonPath("$[0].service_code").value("E0101"))
			.andExpect(jsonPath("$[0].description").value("路边有一堆垃圾"))
			.andExpect(jsonPath("$[0].media_url").value("https://photos.example.org/1.jpg"))
			.andExpect(jsonPath("$[0].requested_datetime").value("2026-11-21T10:00:00+08:00"))
			.andExpect(jsonPath("$[0].lat").value(22.5431))
			.andExpect(jsonPath("$[0].long").value(114.0579));
		mvc.perform(get("/open311/v2/requests/20261121-0001.xml"))
			.andExpect(content().contentType(XML))
			.andExpect(xpath("/service_requests/request/address").string("深南大道 6008 号"))
			.andExpect(content().string(not(containsString("张三"))))
			.andExpect(content().string(not(containsString("13812345678"))))
			.andExpect(content().string(not(containsString("zhang@example.org"))));
		mvc.perform(get("/open311/v2/tokens/1.json"))
			.andExpect(content().json("[{\"service_request_id\":\"20261121-0001\",\"token\":\"1\"}]"));
		assertThat(created).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><service_requests><request>");
	}

	@Test
	void aRetriedPostReturnsTheFirstRequest() throws Exception {
		mvc.perform(report()).andExpect(xpath("/service_requests/request/service_request_id").string("20261121-0001"));
		mvc.perform(report()).andExpect(xpath("/service_requests/request/service_request_id").string("20261121-0001"));
		mvc.perform(report().header("Idempotency-Key", "r-2"))
			.andExpect(xpath("/service_requests/request/service_request_id").string("20261121-0002"));
	}

	@Test
	void postingWithoutAValidApiKeyIsForbidden() throws Exception {
		mvc.perform(post("/open311/v2/requests.xml").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("service_code", "E0101")
			.param("address_string", "A"))
			.andExpect(status().isForbidden())
			.andExpect(content().string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><errors><error><code>403</code>"
					+ "<description>api_key was not provided -- can't proceed with create_request.</description>"
					+ "</error></errors>"));
		mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("api_key", "tg_wrong")
			.param("service_code", "E0101"))
			.andExpect(status().isForbidden())
			.andExpect(content().json("[{\"code\":403,\"description\":\"Invalid api_key received -- can't proceed "
					+ "with create_request.\"}]"));
		assertThat(cases.reports).isEmpty();
	}

	@Test
	void aBadFormIsA400ListingEveryProblemAndStoresNothing() throws Exception {
		mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("api_key", KEY)
			.param("lat", "22.5")
			.param("media_url", "ftp://x"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].code").value(400))
			.andExpect(jsonPath("$[0].description").value("service_code was not provided"))
			.andExpect(jsonPath("$[1].description").value("lat and long must be sent together"))
			.andExpect(jsonPath("$[2].description").value("media_url 'ftp://x' is not an http or https URL"));
		mvc.perform(report().param("service_code", "E0199"))
			.andExpect(status().isBadRequest())
			.andExpect(xpath("/errors/error/description").string("service_code was sent 2 times; send it once"));
		assertThat(cases.reports).isEmpty();
	}

	@Test
	void anUnknownServiceCodeOnPostIsNotFound() throws Exception {
		mvc.perform(post("/open311/v2/requests.xml").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("api_key", KEY)
			.param("service_code", "E0199")
			.param("address_string", "A"))
			.andExpect(status().isNotFound())
			.andExpect(xpath("/errors/error/code").string("404"));
	}

	@Test
	void casesValidationIsAnsweredInTheOpen311FormatWithOpen311ParameterNames() throws Exception {
		mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("api_key", KEY)
			.param("service_code", "E0101")
			.param("lat", "22.5")
			.param("long", "116.1"))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.json("[{\"code\":400,\"description\":\"lat/long: (116.1, 22.5) lies outside the city\"}]"));
	}

	@Test
	void listsRequestsNewestFirstFilteredByStatusCodeAndDates() throws Exception {
		Instant now = clock.instant();
		cases.add(CategoryCode.of("E0101"), Urgency.NORMAL, null, null, null, "A", CaseStage.CLOSED,
				now.minus(Duration.ofDays(3)));
		cases.add(CategoryCode.of("E0101"), Urgency.NORMAL, null, null, null, "B", CaseStage.HANDLING,
				now.minus(Duration.ofDays(1)));
		cases.add(CategoryCode.of("E0501"), Urgency.CRITICAL, null, null, null, "C", CaseStage.REPORTED,
				now.minus(Duration.ofDays(2)));
		cases.add(CategoryCode.of("E0101"), Urgency.NORMAL, null, null, null, "old", CaseStage.CLOSED,
				now.minus(Duration.ofDays(91)));

		mvc.perform(get("/open311/v2/requests.json"))
			.andExpect(jsonPath("$[*].address").value(org.hamcrest.Matchers.contains("B", "C", "A")));
		mvc.perform(get("/open311/v2/requests.xml").param("status", "closed"))
			.andExpect(xpath("count(/service_requests/request)").number(1.0))
			.andExpect(xpath("/service_requests/request/status").string("closed"))
			.andExpect(xpath("/service_requests/request/agency_responsible").string("福田街道办事处"));
		mvc.perform(get("/open311/v2/requests.json").param("service_code", "E0501").param("status", "open"))
			.andExpect(jsonPath("$[*].address").value(org.hamcrest.Matchers.contains("C")));
		mvc.perform(get("/open311/v2/requests.json").param("start_date", "2026-08-01T00:00:00+08:00")
			.param("end_date", "2026-08-30T00:00:00Z"))
			.andExpect(jsonPath("$[*].address").value(org.hamcrest.Matchers.contains("old")));
		mvc.perform(get("/open311/v2/requests.json").param("service_request_id", "20261121-0003,nope,20261121-0001"))
			.andExpect(jsonPath("$[*].address").value(org.hamcrest.Matchers.contains("C", "A")));
	}

	@Test
	void publishesOnlyCasesOfThePublishedChannelsAndNoWithheldSubCategory() throws Exception {
		Instant now = clock.instant();
		CaseSnapshot hotline = cases.add(Channel.HOTLINE, CategoryCode.of("E0101"), Urgency.NORMAL, "热线来电",
				114.0579, 22.5431, "hotline", CaseStage.REPORTED, now.minus(Duration.ofHours(1)));
		CaseSnapshot inspector = cases.add(Channel.INSPECTOR, CategoryCode.of("E0101"), Urgency.NORMAL, "巡查发现",
				114.0579, 22.5431, "inspector", CaseStage.REPORTED, now.minus(Duration.ofHours(2)));
		cases.add(Channel.CITIZEN, CategoryCode.of("E0101"), Urgency.NORMAL, "市民上报", 114.0579, 22.5431,
				"citizen", CaseStage.REPORTED, now.minus(Duration.ofHours(3)));
		cases.add(Channel.OPEN311, CategoryCode.of("E0101"), Urgency.NORMAL, "客户端上报", 114.0579, 22.5431,
				"open311", CaseStage.REPORTED, now.minus(Duration.ofHours(4)));
		CaseSnapshot withheld = cases.add(Channel.OPEN311, WITHHELD, Urgency.NORMAL, "线索", 114.0579, 22.5431,
				"withheld", CaseStage.REPORTED, now.minus(Duration.ofHours(5)));

		mvc.perform(get("/open311/v2/requests.json"))
			.andExpect(jsonPath("$[*].address").value(org.hamcrest.Matchers.contains("citizen", "open311")));
		mvc.perform(get("/open311/v2/requests.json").param("service_request_id",
				hotline.number() + "," + inspector.number() + "," + withheld.number() + ",20261121-0003"))
			.andExpect(jsonPath("$[*].address").value(org.hamcrest.Matchers.contains("citizen")));
		for (CaseSnapshot unpublished : List.of(hotline, inspector, withheld)) {
			mvc.perform(get("/open311/v2/requests/" + unpublished.number() + ".xml"))
				.andExpect(status().isNotFound())
				.andExpect(xpath("/errors/error/description")
					.string("service_request_id '" + unpublished.number() + "' was not found"));
			mvc.perform(get("/open311/v2/tokens/" + unpublished.id() + ".json"))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$[0].code").value(404));
		}
	}

	@Test
	void aDuplicateNamesOnlyAPublishedMasterCase() throws Exception {
		CaseSnapshot hotline = cases.add(Channel.HOTLINE, CategoryCode.of("E0101"), Urgency.NORMAL, "热线", null, null,
				"A", CaseStage.HANDLING, clock.instant());
		CaseSnapshot duplicate = cases.add(Channel.CITIZEN, CategoryCode.of("E0101"), Urgency.NORMAL, "重复", null,
				null, "A", CaseStage.MERGED, clock.instant());
		cases.merge(duplicate, hotline);

		mvc.perform(get("/open311/v2/requests/" + duplicate.number() + ".json"))
			.andExpect(jsonPath("$[0].status").value("closed"))
			.andExpect(jsonPath("$[0].status_notes").value("已合并：已清运"));
	}

	@Test
	void masksPhoneIdCardAndEmailInWhatItPublishes() throws Exception {
		CaseSnapshot posted = cases.add(CategoryCode.of("E0101"), Urgency.NORMAL,
				"垃圾堆在门口，请联系138 1234 5678 或 0755-12345678，身份证440304199001011234，邮箱 zhang@example.org\n"
						+ "[media_url] https://photos.example.org/1.jpg",
				114.0579, 22.5431, "深南大道 6008 号，电话13912345678", CaseStage.REPORTED, clock.instant());

		mvc.perform(get("/open311/v2/requests/" + posted.number() + ".json"))
			.andExpect(jsonPath("$[0].description").value("垃圾堆在门口，请联系138****5678 或 075****5678，"
					+ "身份证440***********1234，邮箱 z***@example.org"))
			.andExpect(jsonPath("$[0].address").value("深南大道 6008 号，电话139****5678"))
			.andExpect(jsonPath("$[0].media_url").value("https://photos.example.org/1.jpg"))
			.andExpect(content().string(not(containsString("1234 5678"))))
			.andExpect(content().string(not(containsString("12345678"))))
			.andExpect(content().string(not(containsString("199001011234"))))
			.andExpect(content().string(not(containsString("zhang@"))));
	}

	@Test
	void coarsensTheLocationOfSensitiveSubCategories() throws Exception {
		CaseSnapshot sensitive = cases.add(SENSITIVE, Urgency.NORMAL, "井盖松动", 114.05791,
				22.54312, "园岭街道百花二路 8 号 3 栋", CaseStage.REPORTED, clock.instant());
		CaseSnapshot ordinary = cases.add(CategoryCode.of("E0101"), Urgency.NORMAL, "垃圾", 114.05791, 22.54312,
				"百花二路 8 号", CaseStage.REPORTED, clock.instant());

		mvc.perform(get("/open311/v2/requests/" + sensitive.number() + ".json"))
			.andExpect(jsonPath("$[0].lat").value(22.543))
			.andExpect(jsonPath("$[0].long").value(114.058))
			.andExpect(jsonPath("$[0].address").value("福田区园岭街道"));
		mvc.perform(get("/open311/v2/requests/" + ordinary.number() + ".json"))
			.andExpect(jsonPath("$[0].lat").value(22.54312))
			.andExpect(jsonPath("$[0].address").value("百花二路 8 号"));
	}

	@Test
	void publishesAMediaUrlOnlyWhereAnOpen311ClientPostedIt() throws Exception {
		CaseSnapshot citizen = cases.add(Channel.CITIZEN, CategoryCode.of("E0101"), Urgency.NORMAL,
				"垃圾\n[media_url] https://elsewhere.example.org/x.jpg", null, null, "A", CaseStage.REPORTED,
				clock.instant());

		mvc.perform(get("/open311/v2/requests/" + citizen.number() + ".json"))
			.andExpect(jsonPath("$[0].description").value("垃圾"))
			.andExpect(jsonPath("$[0].media_url").doesNotExist());
	}

	@Test
	void badQueriesAreA400() throws Exception {
		mvc.perform(get("/open311/v2/requests.xml").param("start_date", "2026-11-01"))
			.andExpect(status().isOk());
		mvc.perform(get("/open311/v2/requests.xml").param("end_date", "tomorrow"))
			.andExpect(status().isBadRequest())
			.andExpect(xpath("/errors/error/code").string("400"));
		mvc.perform(get("/open311/v2/requests.json").param("status", "pending").param("service_code", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.length()").value(2));
	}

	@Test
	void unknownRequestsTokensFormatsAndPathsAreNotFound() throws Exception {
		mvc.perform(get("/open311/v2/requests/20261121-9999.xml"))
			.andExpect(status().isNotFound())
			.andExpect(xpath("/errors/error/description").string("service_request_id '20261121-9999' was not found"));
		mvc.perform(get("/open311/v2/tokens/abc.json"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].description").value("token 'abc' was not found"));
		mvc.perform(get("/open311/v2/services.html"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(XML))
			.andExpect(xpath("/errors/error/description").string("Unknown format 'html': use .xml or .json"));
		mvc.perform(get("/open311/v2/requests"))
			.andExpect(status().isNotFound())
			.andExpect(xpath("/errors/error/code").string("404"));
		mvc.perform(delete("/open311/v2/requests.json"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].description")
				.value("There is no Open311 resource DELETE /open311/v2/requests.json; see /open311/v2/discovery.xml"));
	}

	@Test
	void aClientPostingTooOftenGets429WhileOthersGoOn() throws Exception {
		for (int i = 0; i < 3; i++) {
			mvc.perform(report().header("Idempotency-Key", "k" + i)).andExpect(status().isOk());
		}

		mvc.perform(report().header("Idempotency-Key", "k3"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "20"))
			.andExpect(xpath("/errors/error/code").string("429"));
		mvc.perform(report().header("Idempotency-Key", "k4").with(request -> {
			request.setRemoteAddr("10.1.2.3");
			return request;
		})).andExpect(status().isOk());
		mvc.perform(get("/open311/v2/services.json")).andExpect(status().isOk());
	}

	private static MockHttpServletRequestBuilder report() {
		return post("/open311/v2/requests.xml").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("api_key", KEY)
			.param("service_code", "E0101")
			.param("lat", "22.5431")
			.param("long", "114.0579")
			.param("address_string", "深南大道 6008 号")
			.param("first_name", "三")
			.param("last_name", "张")
			.param("phone", "13812345678")
			.param("email", "zhang@example.org")
			.param("description", "路边有一堆垃圾")
			.param("media_url", "https://photos.example.org/1.jpg");
	}
}
