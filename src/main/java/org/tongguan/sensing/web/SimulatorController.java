package org.tongguan.sensing.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.sensing.simulator.DemoSimulator;
import org.tongguan.sensing.simulator.SimulatorState;

/**
 * The demo simulator (演示模拟器) for administrators: what it is doing (devices connected, messages sent and
 * acknowledged, the scenario under way), and the rainstorm scenario (暴雨) on demand.
 */
@RestController
@RequestMapping("/api/admin/sensing/simulator")
@PreAuthorize("hasRole('ADMIN')")
class SimulatorController {

	private final DemoSimulator simulator;

	SimulatorController(DemoSimulator simulator) {
		this.simulator = simulator;
	}

	@GetMapping
	SimulatorState state() {
		return simulator.state();
	}

	/** Starts a rainstorm; without a body over the low-lying demo districts (宝安, 龙岗) for the configured minutes. */
	@PostMapping("/rainstorm")
	SimulatorState startRainstorm(@RequestBody(required = false) RainstormRequest request) {
		return request == null ? simulator.startRainstorm(null, null)
				: simulator.startRainstorm(request.districts(), request.minutes());
	}

	/** Stops the rain; the water recedes over the next (simulated) minutes and the alarms clear. */
	@DeleteMapping("/rainstorm")
	SimulatorState stopRainstorm() {
		return simulator.stopRainstorm();
	}

	/**
	 * A rainstorm to start; every part optional.
	 *
	 * @param districts the district codes it rains on
	 * @param minutes how long it rains (simulated minutes, 1–1440)
	 */
	record RainstormRequest(List<String> districts, Integer minutes) {
	}
}
