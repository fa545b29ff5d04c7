package org.tongguan.sensing.device.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tongguan.sensing.device.Device;
import org.tongguan.sensing.device.DeviceStatus;
import org.tongguan.sensing.device.query.DeviceFilter;
import org.tongguan.sensing.device.query.DeviceFinder;
import org.tongguan.sensing.device.query.DevicePage;
import org.tongguan.sensing.device.query.DeviceState;
import org.tongguan.sensing.device.registry.DeviceRegistry;
import org.tongguan.sensing.device.registry.Registration;
import org.tongguan.support.ControllerSlice;

/**
 * The device registry's endpoints as a web slice, the finder and the registry mocked: the list's filters as the finder
 * gets them, a status or state that does not exist answered 400 as a problem naming it before anything is read or
 * changed, and where a registered device is read.
 */
@ControllerSlice(@Filter(type = FilterType.ASSIGNABLE_TYPE, classes = { DeviceController.class,
		DeviceAdminController.class }))
class DeviceWebTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	DeviceFinder finder;

	@MockitoBean
	DeviceRegistry registry;

	@Test
	void passesTheListsFiltersToTheFinderWithTheFirstPageOfFifty() throws Exception {
		when(finder.find(any())).thenReturn(new DevicePage(List.of(), 0, 0, 50));

		mvc.perform(get("/api/sensing/devices").param("type", "water-level")
			.param("status", "MAINTENANCE")
			.param("state", "ALARM")
			.param("q", "深南"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(50));
		verify(finder).find(new DeviceFilter("water-level", DeviceStatus.MAINTENANCE, DeviceState.ALARM, null, null,
				"深南", 0, 50));
	}

	@Test
	void aStatusOrStateThatDoesNotExistIsAProblemNamingTheParameterAndNothingIsRead() throws Exception {
		mvc.perform(get("/api/sensing/devices").param("status", "BROKEN"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("status"))
			.andExpect(jsonPath("$.errors[0].message").value("cannot read 'BROKEN' as DeviceStatus"));
		mvc.perform(get("/api/sensing/devices").param("state", "LOST"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("state"));
		verifyNoInteractions(finder);
	}

	@Test
	void aStatusChangeToAStatusThatDoesNotExistIsAMalformedBodyAndChangesNothing() throws Exception {
		mvc.perform(put("/api/admin/sensing/devices/WL-440304-0007/status").contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"BROKEN\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Malformed request body"))
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		verifyNoInteractions(registry);
	}

	@Test
	void aRegistrationAnswers201WithWhereTheDeviceIsReadAndItsSecretOnce() throws Exception {
		when(registry.register(any())).thenReturn(new Registration(new Device(7, "WL-440304-0007", "深南大道积水点 7 号",
				"water-level", 114.0579, 22.5431, null, null, null, "440304", "440304-SHUIWU", null, null, null, null,
				DeviceStatus.ACTIVE, null, Instant.parse("2026-11-23T01:00:00Z"), Instant.parse("2026-11-23T01:00:00Z")),
				"s3cret"));

		mvc.perform(post("/api/admin/sensing/devices").contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"WL-440304-0007\", \"name\": \"深南大道积水点 7 号\", \"type\": \"water-level\", "
					+ "\"longitude\": 114.0579, \"latitude\": 22.5431, \"owner\": \"440304-SHUIWU\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/sensing/devices/WL-440304-0007"))
			.andExpect(jsonPath("$.secret").value("s3cret"));
	}
}
