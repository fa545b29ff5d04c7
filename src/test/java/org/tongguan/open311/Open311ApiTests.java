package org.tongguan.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tongguan.identity.ApiKeyPurpose;
import org.tongguan.identity.Role;
import org.tongguan.identity.apikey.ApiKeyDraft;
import org.tongguan.identity.apikey.ApiKeys;
import org.tongguan.identity.internal.CallerAuthentication;
import org.tongguan.identity.internal.UserDirectory;
import org.tongguan.support.PlatformTest;

import com.jayway.jsonpath.JsonPath;

/**
 * A standard Open311 client against the whole platform and the demo city: it discovers the endpoint, reads the
 * services, posts a form-encoded request with an API key an administrator issued, and reads it back in XML and JSON
 * without logging in; every error comes back in the specification's format and status.
 */
@PlatformTest
class Open311ApiTests {

	private static final AtomicInteger KEYS = new AtomicInteger();

	private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiKeys apiKeys;

	@Autowired
	UserDirectory users;

	private String apiKey;

	@BeforeEach
	void issueAnApiKey() {
		apiKey = issue(ApiKeyPurpose.OPEN311);
	}

	@Test
	void anOpen311KeyIsNoCredentialForTheRestApi() throws Exception {
		for (String path : List.of("/api/cases", "/api/cases/1", "/api/cases/1/timeline", "/api/me")) {
			mvc.perform(get(path).header("X-API-Key", apiKey))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
		mvc.perform(get("/open311/v2/requests.json").header("X-API-Key", apiKey)).andExpect(status().isOk());
	}

	@Test
	void aKeyForAnotherPurposeCannotPostServiceRequests() throws Exception {
		String integration = issue(ApiKeyPurpose.INTEGRATION);
		mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.formField("api_key", integration)
			.formField("service_code", "E0101")
			.formField("address_string", "福田区市民中心"))
			.andExpect(status().isForbidden())
			.andExpect(content().json("[{\"code\":403,\"description\":\"Invalid api_key received -- can't proceed "
					+ "with create_request.\"}]"));
	}

	@Test
	void discoveryAndServicesArePublic() throws Exception {
		mvc.perform(get("/open311/discovery.xml"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/xml;charset=utf-8"))
			.andExpect(xpath("/discovery/endpoints/endpoint/url").string("http://localhost/open311/v2"));
		mvc.perform(get("/open311/v2/services.xml"))
			.andExpect(status().isOk())
			.andExpect(xpath("/services/service[service_code='E0101']/service_name").string("暴露垃圾"))
			.andExpect(xpath("/services/service[service_code='E0101']/group").string("市容环境"))
			.andExpect(xpath("/services/service[service_code='E0101']/type").string("realtime"));
		mvc.perform(get("/open311/v2/services/E0101.json"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/json;charset=utf-8"))
			.andExpect(jsonPath("$.service_code").value("E0101"))
			.andExpect(jsonPath("$.attributes[0].code").value("urgency"))
			.andExpect(jsonPath("$.attributes[0].values[0].key").value("NORMAL"));
	}

	@Test
	void aClientPostsARequestAndReadsItBackInXmlAndJson() throws Exception {
		String posted = mvc.perform(report("xml", "E0101").formField("description", "市民中心北侧路边暴露垃圾")
			.formField("attribute[urgency]", "URGENT"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/xml;charset=utf-8"))
			.andExpect(xpath("/service_requests/request/service_request_id").exists())
			.andExpect(xpath("/service_requests/request/service_notice").string(containsString("暴露垃圾（紧急）")))
			.andExpect(xpath("/service_requests/request/account_id").string("citizen-42"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(posted).startsWith(XML_DECLARATION + "<service_requests><request><service_request_id>");
		String id = posted.replaceFirst("(?s).*<service_request_id>([^<]+)</service_request_id>.*", "$1");
		String token = posted.replaceFirst("(?s).*<token>([^<]+)</token>.*", "$1");

		mvc.perform(get("/open311/v2/requests/" + id + ".json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].service_request_id").value(id))
			.andExpect(jsonPath("$[0].status").value("open"))
			.andExpect(jsonPath("$[0].service_code").value("E0101"))
			.andExpect(jsonPath("$[0].service_name").value("暴露垃圾"))
			.andExpect(jsonPath("$[0].description").value("市民中心北侧路边暴露垃圾"))
			.andExpect(jsonPath("$[0].lat").value(22.5431))
			.andExpect(jsonPath("$[0].long").value(114.0579))
			.andExpect(jsonPath("$[0].media_url").value("https://photos.example.org/1.jpg"))
			.andExpect(jsonPath("$[0].requested_datetime").value(containsString("+08:00")));
		mvc.perform(get("/open311/v2/requests/" + id + ".xml"))
			.andExpect(status().isOk())
			.andExpect(xpath("/service_requests/request/status").string("open"))
			.andExpect(content().string(not(containsString("13812345678"))))
			.andExpect(content().string(not(containsString("张三"))))
			.andExpect(content().string(not(containsString("zhang@example.org"))));
		mvc.perform(get("/open311/v2/requests.json").param("service_code", "E0101").param("status", "open"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].service_request_id").value(id));
		mvc.perform(get("/open311/v2/requests.xml").param("status", "closed").param("service_request_id", id))
			.andExpect(xpath("/service_requests/request/service_request_id").string(id));
		mvc.perform(get("/open311/v2/tokens/" + token + ".json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].service_request_id").value(id));
	}

	@Test
	void theFeedLeavesOutA12345HotlineCase() throws Exception {
		String created = mvc.perform(post("/api/cases").with(authentication(callerOf("operator")))
			.with(csrf())
			.header("Idempotency-Key", "open311-hotline-" + KEYS.incrementAndGet())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"category": "E0101", "description": "热线来电：市民反映楼下暴露垃圾，回电13800001111",
					 "longitude": 114.0579, "latitude": 22.5431}"""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((String) JsonPath.read(created, "$.channel.code")).isEqualTo("HOTLINE");
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		String number = JsonPath.read(created, "$.number");

		mvc.perform(get("/open311/v2/requests.json").param("service_code", "E0101"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].service_request_id").value(not(hasItem(number))))
			.andExpect(content().string(not(containsString("热线来电"))));
		mvc.perform(get("/open311/v2/requests.json").param("service_request_id", number))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/open311/v2/requests/" + number + ".xml"))
			.andExpect(status().isNotFound())
			.andExpect(xpath("/errors/error/code").string("404"));
		mvc.perform(get("/open311/v2/tokens/" + id + ".json"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].code").value(404));
	}

	@Test
	void thePublishedDescriptionHasNoPhoneIdCardOrEmail() throws Exception {
		String id = posted(report("json", "E0101").formField("description",
				"门口垃圾没人管，联系我 138-0000-2222，身份证 440304199001011234，邮箱 li.si@example.org"));

		mvc.perform(get("/open311/v2/requests/" + id + ".json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].description")
				.value("门口垃圾没人管，联系我 138****2222，身份证 440***********1234，邮箱 l***@example.org"))
			.andExpect(content().string(not(containsString("0000-2222"))))
			.andExpect(content().string(not(containsString("199001011234"))))
			.andExpect(content().string(not(containsString("li.si@"))));
	}

	@Test
	void aSensitiveSubCategoryIsPublishedWithACoarseLocation() throws Exception {
		String id = posted(report("json", "E0305").formField("description", "邻居在楼顶违法搭建"));

		mvc.perform(get("/open311/v2/requests/" + id + ".json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].lat").value(22.543))
			.andExpect(jsonPath("$[0].long").value(114.058))
			.andExpect(jsonPath("$[0].address").value(startsWith("福田区")))
			.andExpect(jsonPath("$[0].address").value(endsWith("街道")))
			.andExpect(content().string(not(containsString("市民中心"))));
	}

	@Test
	void aRetriedPostReturnsTheSameRequest() throws Exception {
		String first = JsonPath.read(mvc.perform(report("json", "E0101").formField("description", "重试"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$[0].service_request_id");
		String again = JsonPath.read(mvc.perform(report("json", "E0101").formField("description", "重试"))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$[0].service_request_id");

		assertThat(again).isEqualTo(first);
	}

	@Test
	void postingNeedsAValidApiKey() throws Exception {
		mvc.perform(post("/open311/v2/requests.xml").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.formField("service_code", "E0101")
			.formField("address_string", "福田区市民中心"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(XML_DECLARATION + "<errors><error><code>403</code><description>api_key was "
					+ "not provided -- can't proceed with create_request.</description></error></errors>"));
		mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.formField("api_key", "tg_forged")
			.formField("service_code", "E0101"))
			.andExpect(status().isForbidden())
			.andExpect(content().json("[{\"code\":403,\"description\":\"Invalid api_key received -- can't proceed "
					+ "with create_request.\"}]"));
	}

	@Test
	void malformedRequestsAreAnsweredInTheSpecificationsErrorFormat() throws Exception {
		mvc.perform(post("/open311/v2/requests.xml").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.formField("api_key", apiKey)
			.formField("lat", "22.5431"))
			.andExpect(status().isBadRequest())
			.andExpect(xpath("/errors/error[1]/code").string("400"))
			.andExpect(xpath("/errors/error[1]/description").string("service_code was not provided"))
			.andExpect(xpath("/errors/error[2]/description").string("lat and long must be sent together"));
		mvc.perform(report("json", "E0199"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].code").value(404));
		mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.formField("api_key", apiKey)
			.formField("service_code", "E0101")
			.formField("lat", "31.2304")
			.formField("long", "121.4737"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].code").value(400))
			.andExpect(jsonPath("$[0].description").value("lat/long: (121.4737, 31.2304) lies outside the city"));
		mvc.perform(get("/open311/v2/requests.xml").param("start_date", "2026-01-01T00:00:00Z")
			.param("end_date", "2026-12-31T00:00:00Z"))
			.andExpect(status().isBadRequest())
			.andExpect(xpath("/errors/error/description")
				.string("start_date to end_date may not span more than 90 days"));
		mvc.perform(get("/open311/v2/requests.json").param("end_date", "soon"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].code").value(400));
	}

	@Test
	void unknownResourcesAreNotFound() throws Exception {
		mvc.perform(get("/open311/v2/requests/19990101000001.xml"))
			.andExpect(status().isNotFound())
			.andExpect(xpath("/errors/error/code").string("404"));
		mvc.perform(get("/open311/v2/tokens/999999999.json"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].code").value(404));
		mvc.perform(get("/open311/v2/services/E0199.json"))
			.andExpect(status().isNotFound())
			.andExpect(content().json("[{\"code\":404,\"description\":\"service_code 'E0199' was not found\"}]"));
		mvc.perform(get("/open311/v2/services.csv"))
			.andExpect(status().isNotFound())
			.andExpect(xpath("/errors/error/description").string("Unknown format 'csv': use .xml or .json"));
		mvc.perform(get("/open311/v2/nothing-here.json"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].code").value(404));
	}

	/** A new city-wide API key for the purpose, issued by the administrator. */
	private String issue(ApiKeyPurpose purpose) {
		SecurityContextHolder.getContext().setAuthentication(callerOf("admin"));
		try {
			return apiKeys.create(new ApiKeyDraft("open311-app-" + KEYS.incrementAndGet(), Set.of(purpose),
					Set.of(Role.EXTERNAL_SYSTEM), "440300", null)).secret();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private String posted(MockHttpServletRequestBuilder report) throws Exception {
		return JsonPath.read(mvc.perform(report)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$[0].service_request_id");
	}

	private CallerAuthentication callerOf(String demoUser) {
		return new CallerAuthentication(users.enabledCaller(demoUser).orElseThrow());
	}

	private MockHttpServletRequestBuilder report(String format, String serviceCode) {
		return post("/open311/v2/requests." + format).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.formField("api_key", apiKey)
			.formField("service_code", serviceCode)
			.formField("lat", "22.5431")
			.formField("long", "114.0579")
			.formField("address_string", "深圳市福田区市民中心")
			.formField("first_name", "三")
			.formField("last_name", "张")
			.formField("phone", "13812345678")
			.formField("email", "zhang@example.org")
			.formField("device_id", "device-1")
			.formField("account_id", "citizen-42")
			.formField("media_url", "https://photos.example.org/1.jpg");
	}
}
