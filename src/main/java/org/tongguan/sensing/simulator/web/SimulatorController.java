package org.tongguan.sensing.simulator.web;

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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The demo simulator (演示模拟器) for administrators: what it is doing (devices connected, messages sent and
 * acknowledged, the scenario under way), and the rainstorm scenario (暴雨) on demand.
 */
@RestController
@RequestMapping("/api/admin/sensing/simulator")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Sensing: demo simulator (演示模拟器)")
class SimulatorController {

	private final DemoSimulator simulator;

	SimulatorController(DemoSimulator simulator) {
		this.simulator = simulator;
	}

	@GetMapping
	@Operation(summary = "The demo simulator's state (演示模拟器)", description = """
			What the demo simulator is doing: devices connected, messages sent and acknowledged, and the scenario \
			under way. Demo platforms only.""")
	SimulatorState state() {
		return simulator.state();
	}

	/** Starts a rainstorm; without a body over the low-lying demo districts (宝安, 龙岗) for the configured minutes. */
	@PostMapping("/rainstorm")
	@Operation(summary = "Start the rainstorm scenario (暴雨)", description = """
			Lets the simulated rain gauges and water-level sensors of the given districts report a rainstorm for \
			`minutes`, so that alarms and cases follow as in a real one. Without a body: the low-lying demo \
			districts (宝安, 龙岗) for the configured minutes.""")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"districts": ["440304"], "minutes": 30}""")))
	SimulatorState startRainstorm(@RequestBody(required = false) RainstormRequest request) {
		return request == null ? simulator.startRainstorm(null, null)
				: simulator.startRainstorm(request.districts(), request.minutes());
	}

	/** Stops the rain; the water recedes over the next (simulated) minutes and the alarms clear. */
	@DeleteMapping("/rainstorm")
	@Operation(summary = "Stop the rainstorm scenario", description = """
			Ends the rainstorm; the sensors report normal values again and the alarms clear.""")
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
