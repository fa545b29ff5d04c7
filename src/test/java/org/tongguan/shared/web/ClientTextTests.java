package org.tongguan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tongguan.support.PlatformTest;
import org.tongguan.support.WithDemoUser;

/**
 * Text no module could store or encode (a NUL, an unpaired surrogate, a control character in a header) is a 400
 * problem wherever it comes in, and nothing of the request is stored; on PostgreSQL it was a 500 from the database.
 */
@PlatformTest
@WithDemoUser("admin")
class ClientTextTests {

	@Autowired
	MockMvc mvc;

	@Test
	void pairedSurrogatesAreTextButAnUnpairedOneOrANulIsNot() {
		assertThat(ClientText.acceptable("福田区 \ud83c\udf33 公园")).isTrue();
		assertThat(ClientText.acceptable(null)).isTrue();
		assertThat(ClientText.acceptable("a\u0000")).isFalse();
		assertThat(ClientText.acceptable("a\ud800")).isFalse();
		assertThat(ClientText.acceptable("\ud800a")).isFalse();
		assertThat(ClientText.acceptable("a\udf33b")).isFalse();
		assertThat(ClientText.acceptable("\udf33\ud83c")).isFalse();
	}

	@Test
	void aJsonStringWithANulIsRefusedAndNothingIsStored() throws Exception {
		mvc.perform(post("/api/admin/departments").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "440304-NUL", "name": "福田区\\u0000公园", "function": "YUANLIN", "level": "DISTRICT",
				 "home": "440304"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		mvc.perform(get("/api/departments/440304-NUL")).andExpect(status().isNotFound());
	}

	@Test
	void aJsonStringWithAnUnpairedSurrogateIsRefused() throws Exception {
		mvc.perform(post("/api/admin/departments").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "440304-HALF", "name": "福田区\\ud800公园", "function": "YUANLIN", "level": "DISTRICT",
				 "home": "440304"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/departments/440304-HALF")).andExpect(status().isNotFound());
	}

	@Test
	void aQueryParameterWithANulIsRefused() throws Exception {
		mvc.perform(get("/api/admin/audit").param("actor", "admin\u0000"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("parameter")));
	}

	@Test
	@WithDemoUser("operator")
	void aHeaderWithAControlCharacterIsRefusedWhenTheControllerReadsIt() throws Exception {
		mvc.perform(post("/api/cases").with(csrf())
			.header("Idempotency-Key", "key\u0085")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("Idempotency-Key")));
	}
}
