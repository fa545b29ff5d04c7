package org.tongguan.sensing.simulator;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tongguan.support.PlatformTest;
import org.tongguan.support.WithDemoUser;

/**
 * The simulator API where the simulator is switched off (as in every other test): the state says so, a rainstorm is
 * refused, and only administrators may ask.
 */
@PlatformTest
class SimulatorApiTests {

	private static final String SIMULATOR = "/api/admin/sensing/simulator";

	@Autowired
	MockMvc mvc;

	@Test
	@WithDemoUser("admin")
	void aSwitchedOffSimulatorSaysSoAndRefusesRainstorms() throws Exception {
		mvc.perform(get(SIMULATOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(false))
			.andExpect(jsonPath("$.devices").value(0))
			.andExpect(jsonPath("$.rainstorm").doesNotExist());
		mvc.perform(post(SIMULATOR + "/rainstorm").with(csrf())).andExpect(status().isConflict());
		mvc.perform(delete(SIMULATOR + "/rainstorm").with(csrf())).andExpect(status().isConflict());
	}

	@Test
	@WithDemoUser("operator")
	void onlyAdministratorsSeeOrDriveTheSimulator() throws Exception {
		mvc.perform(get(SIMULATOR)).andExpect(status().isForbidden());
		mvc.perform(post(SIMULATOR + "/rainstorm").with(csrf())).andExpect(status().isForbidden());
	}
}
