package org.tongguan.sensing.simulator;

import java.time.Duration;
import java.util.List;

import org.tongguan.sensing.simulator.RainstormView.Phase;
import org.tongguan.shared.ConflictException;

/** The simulated weather: normal, or one rainstorm at a time until its water has receded. */
final class Weather {

	private final SimulationClock time;

	private volatile Rainstorm storm;

	Weather(SimulationClock time) {
		this.time = time;
	}

	/** The rainstorm under way (raining or receding), {@code null} in normal weather. */
	Rainstorm current() {
		Rainstorm current = storm;
		return current == null || current.phase(time.now()) == Phase.OVER ? null : current;
	}

	/** Starts a rainstorm; refused while another one rains or recedes. */
	synchronized Rainstorm startRainstorm(List<String> districts, Duration length, List<SimulatedDevice> fleet,
			double floodedShare) {
		if (current() != null) {
			throw new ConflictException("A rainstorm is under way (raining or receding); stop it and let the water "
					+ "recede first");
		}
		storm = Rainstorm.plan(districts, length, fleet, floodedShare, time.now());
		return storm;
	}

	/** Stops the rain of the storm under way; its water then recedes. False when no storm was raining. */
	synchronized boolean stopRainstorm() {
		Rainstorm current = current();
		if (current == null || current.phase(time.now()) != Phase.RAINING) {
			return false;
		}
		current.stop(time.now());
		return true;
	}

	/** The storm under way as the API shows it, {@code null} in normal weather. */
	RainstormView view() {
		Rainstorm current = current();
		if (current == null) {
			return null;
		}
		return new RainstormView(current.phase(time.now()), current.districts(), current.length().toMinutes(),
				time.wallAt(current.start()), time.wallAt(current.end()),
				time.wallAt(current.end() + Rainstorm.RECESSION), current.floodedGauges());
	}
}
