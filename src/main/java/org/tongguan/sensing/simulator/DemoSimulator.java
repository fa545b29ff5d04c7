package org.tongguan.sensing.simulator;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.Regions;
import org.tongguan.sensing.device.DeviceDirectory;
import org.tongguan.sensing.device.DevicesProperties;
import org.tongguan.sensing.mqtt.MqttEndpoint;
import org.tongguan.shared.ConflictException;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.PlatformProperties;
import org.tongguan.shared.Violation;

/**
 * The demo simulator (演示模拟器): starts once the platform is ready (so start-up is not slowed) when the demo city is
 * on, unless switched off; stops before the broker when the platform shuts down; starts and stops rainstorms.
 */
@Component
public class DemoSimulator {

	private static final Logger log = LoggerFactory.getLogger(DemoSimulator.class);

	private static final int MAX_MINUTES = 24 * 60;

	private final SimulatorProperties properties;

	private final PlatformProperties platform;

	private final DevicesProperties devices;

	private final DeviceDirectory directory;

	private final Regions regions;

	private final ObjectProvider<MqttEndpoint> endpoints;

	private final Clock clock;

	private volatile FleetRunner runner;

	private volatile Weather weather;

	DemoSimulator(SimulatorProperties properties, PlatformProperties platform, DevicesProperties devices,
			DeviceDirectory directory, Regions regions, ObjectProvider<MqttEndpoint> endpoints, Clock clock) {
		this.properties = properties;
		this.platform = platform;
		this.devices = devices;
		this.directory = directory;
		this.regions = regions;
		this.endpoints = endpoints;
		this.clock = clock;
	}

	/** Starts the simulator in the background, if it is to run; never fails the platform's start. */
	@EventListener(ApplicationReadyEvent.class)
	synchronized void start() {
		if (runner != null) {
			return;
		}
		if (!properties.runs(platform.demo())) {
			log.info("Demo simulator off (tongguan.sensing.simulator.enabled, or no demo city)");
			return;
		}
		MqttEndpoint endpoint = endpoints.getIfAvailable();
		if (endpoint == null) {
			log.info("Demo simulator off: no MQTT broker is configured for devices to publish to");
			return;
		}
		try {
			SimulationClock time = new SimulationClock(clock, properties.timeScale());
			Weather started = new Weather(time);
			FleetRunner fleet = new FleetRunner(endpoint.host(), endpoint.port(), devices.demoSecret(), properties,
					time, started, directory);
			fleet.start(() -> DemoFleet.select(directory, devices.demoSecret(), properties.maxDevices()), () -> {
				if (properties.rainstormAtStart()) {
					rain(started, fleet, properties.rainstorm().districts(), properties.rainstorm().minutes());
				}
			});
			weather = started;
			runner = fleet;
		}
		catch (RuntimeException e) {
			log.error("Demo simulator off: it could not start", e);
		}
	}

	/** Disconnects the devices before the broker and the rest of the platform stop. */
	@EventListener(ContextClosedEvent.class)
	void stop() {
		FleetRunner running;
		synchronized (this) {
			running = runner;
			runner = null;
		}
		if (running != null) {
			running.stop();
			log.info("Demo simulator stopped");
		}
	}

	/** What the simulator is doing. */
	public SimulatorState state() {
		FleetRunner fleet = runner;
		if (fleet == null) {
			return SimulatorState.off();
		}
		SimulatorCounters counters = fleet.counters();
		return new SimulatorState(true, fleet.broker(), properties.timeScale(), fleet.devices().size(),
				counters.open(), counters.refusedCount(), counters.messages(), weather.view());
	}

	/** The simulated devices, empty while the simulator is off. */
	List<SimulatedDevice> fleet() {
		FleetRunner fleet = runner;
		return fleet == null ? List.of() : fleet.devices();
	}

	/**
	 * Starts a rainstorm over the districts (default: the configured ones) for the minutes (default: the configured
	 * length); refused while the simulator is off or another storm rains or recedes.
	 */
	public SimulatorState startRainstorm(List<String> districts, Integer minutes) {
		FleetRunner fleet = requireRunning();
		List<String> where = districts == null || districts.isEmpty() ? properties.rainstorm().districts() : districts;
		int length = minutes == null ? properties.rainstorm().minutes() : minutes;
		validate(where, length);
		rain(weather, fleet, where, length);
		return state();
	}

	/** Stops the rain of the storm under way, if any; its water recedes over the next minutes and alarms clear. */
	public SimulatorState stopRainstorm() {
		requireRunning();
		if (weather.stopRainstorm()) {
			log.info("Demo simulator: the rain stops, the water recedes");
		}
		return state();
	}

	private void rain(Weather where, FleetRunner fleet, List<String> districts, int minutes) {
		Rainstorm storm = where.startRainstorm(districts, Duration.ofMinutes(minutes), fleet.devices(),
				properties.rainstorm().floodedShare());
		log.info("Demo simulator: rainstorm over {} for {} min; flooding {}", districts, minutes,
				storm.floodedGauges());
	}

	private FleetRunner requireRunning() {
		FleetRunner fleet = runner;
		if (fleet == null) {
			throw new ConflictException("The demo simulator is off (tongguan.sensing.simulator.enabled, tongguan.demo)");
		}
		return fleet;
	}

	private void validate(List<String> districts, int minutes) {
		List<Violation> violations = new ArrayList<>();
		for (int i = 0; i < districts.size(); i++) {
			if (!isDistrict(districts.get(i))) {
				violations.add(new Violation("districts[" + i + "]", "not a district of the city: " + districts.get(i)));
			}
		}
		if (minutes < 1 || minutes > MAX_MINUTES) {
			violations.add(new Violation("minutes", "between 1 and " + MAX_MINUTES));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException("Invalid rainstorm", violations);
		}
	}

	private boolean isDistrict(String code) {
		return code != null && code.matches("\\d{6}") && regions.find(RegionCode.of(code))
			.filter(region -> region.level() == RegionLevel.DISTRICT)
			.isPresent();
	}
}
