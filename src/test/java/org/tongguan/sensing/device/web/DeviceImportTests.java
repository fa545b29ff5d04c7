package org.tongguan.sensing.device.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tongguan.sensing.device.DeviceDirectory;
import org.tongguan.sensing.device.DeviceStatus;
import org.tongguan.support.PlatformTest;
import org.tongguan.support.WithDemoUser;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Importing devices from CSV: all or nothing by default, partial on request, errors with line numbers. */
@PlatformTest
@WithDemoUser("admin")
class DeviceImportTests {

	static final String HEADER = "code,name,type,longitude,latitude,owner,installedOn,address,streamUrl,status,secret\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	DeviceDirectory directory;

	@Test
	void storesNothingWhenAnyRowIsInvalidAndNamesTheLines() throws Exception {
		String csv = HEADER
				+ "IMP-A-1,积水点A1,water-level,114.0579,22.5431,440304-SHUIWU,2025-01-02,\"福田区, 市民中心\",,,\n"
				+ "IMP-A-2,积水点A2,water-level,116.397,39.909,440304-SHUIWU,,,,,\n"
				+ "IMP-A-3,摄像头A3,camera,114.0579,22.5431,440304-CHENGGUAN,yesterday,,ftp://x/1,,short\n";
		importCsv(csv, false).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("line 3"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("longitude: ")))
			.andExpect(jsonPath("$.errors[?(@.field == 'line 4')].message").value(org.hamcrest.Matchers.hasItems(
					org.hamcrest.Matchers.startsWith("installedOn: "), org.hamcrest.Matchers.startsWith("secret: "),
					org.hamcrest.Matchers.startsWith("streamUrl: "))));
		assertThat(directory.find("IMP-A-1")).isEmpty();
	}

	@Test
	void partialImportStoresTheValidRowsAndShowsGeneratedSecretsOnce() throws Exception {
		String csv = HEADER
				+ "IMP-B-1,积水点B1,water-level,114.0579,22.5431,440304-SHUIWU,,,,,\n"
				+ "IMP-B-2,积水点B2,water-level,114.0579,22.5431,NO-SUCH-DEPT,,,,,\n"
				+ "\n"
				+ "IMP-B-3,摄像头B3,camera,114.0579,22.5431,440304-CHENGGUAN,,,rtsp://cams.example/b3,MAINTENANCE,"
				+ "a-secret-of-my-own\n"
				+ "IMP-B-1,积水点B1 again,water-level,114.0579,22.5431,440304-SHUIWU,,,,,\n";
		JsonNode result = json.readTree(importCsv(csv, true).andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(4))
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.updated").value(0))
			.andExpect(jsonPath("$.invalid").value(2))
			.andExpect(jsonPath("$.errors[0].field").value("line 3"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("owner: ")))
			.andExpect(jsonPath("$.errors[1].field").value("line 6"))
			.andExpect(jsonPath("$.errors[1].message").value("code: IMP-B-1 appears on an earlier line"))
			.andExpect(jsonPath("$.secrets.length()").value(1))
			.andExpect(jsonPath("$.secrets[0].code").value("IMP-B-1"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		String generated = result.get("secrets").get(0).get("secret").asString();
		assertThat(directory.authenticate(directory.find("IMP-B-1").orElseThrow(), generated)).isTrue();
		var camera = directory.find("IMP-B-3").orElseThrow();
		assertThat(directory.authenticate(camera, "a-secret-of-my-own")).isTrue();
		assertThat(camera.status()).isEqualTo(DeviceStatus.MAINTENANCE);
	}

	@Test
	void aRegisteredCodeUpdatesThatDeviceAndKeepsItsSecretAndStatus() throws Exception {
		importCsv(HEADER + "IMP-C-1,积水点C1,water-level,114.0579,22.5431,440304-SHUIWU,,,,RETIRED,"
				+ "the-first-secret-1\n", false).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1));
		importCsv(HEADER + "IMP-C-1,积水点C1 新址,water-level,113.8830,22.5560,440306-SHUIWU,,,,,\n", false)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(1))
			.andExpect(jsonPath("$.secrets.length()").value(0));
		var device = directory.find("IMP-C-1").orElseThrow();
		assertThat(device.name()).isEqualTo("积水点C1 新址");
		assertThat(device.grid().value()).startsWith("440306");
		assertThat(device.status()).isEqualTo(DeviceStatus.RETIRED);
		assertThat(directory.authenticate(device, "the-first-secret-1")).isTrue();
	}

	@Test
	void rejectsAHeaderWithUnknownOrMissingColumns() throws Exception {
		importCsv("code,name,colour\nX-1,x,red\n", false).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("line 1"))
			.andExpect(jsonPath("$.errors.length()").value(5));
		importCsv("code,name,type,longitude,latitude,owner\n\"IMP-D-1,x\n", false).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("line 2"));
	}

	@Test
	@WithDemoUser("operator")
	void onlyAdministratorsImport() throws Exception {
		importCsv(HEADER, false).andExpect(status().isForbidden());
	}

	ResultActions importCsv(String csv, boolean partial) throws Exception {
		return mvc.perform(post("/api/admin/sensing/devices/import").with(csrf())
			.param("partial", String.valueOf(partial))
			.contentType("text/csv")
			.content(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}
}
