package org.tongguan.sensing.simulator;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongguan.sensing.device.DeviceDirectory;
import org.tongguan.sensing.device.DeviceStatus;
import org.tongguan.sensing.mqtt.client.MqttClient;
import org.tongguan.sensing.mqtt.client.MqttClientOptions;
import org.tongguan.sensing.mqtt.client.MqttConnection;
import org.tongguan.sensing.mqtt.client.MqttRefusedException;

import io.netty.handler.codec.mqtt.MqttQoS;

/**
 * Runs the simulated devices: connects them one after another ({@code connect-rate} per second) over one MQTT client
 * with a single event loop, lets each publish at its type's cadence (jittered) at QoS 1 with at most one message
 * awaiting its acknowledgement, and reconnects a device that lost its connection. Measuring and scheduling happen on
 * one simulator thread; nothing is buffered for a disconnected device.
 */
final class FleetRunner {

	private static final Logger log = LoggerFactory.getLogger(FleetRunner.class);

	/** A device's first report comes within this (simulated) time after it connected, or its cadence if shorter. */
	private static final long FIRST_REPORT_WITHIN = 15_000;

	private final String host;

	private final int port;

	private final String secret;

	private final SimulatorProperties properties;

	private final SimulationClock time;

	private final Weather weather;

	private final DeviceDirectory directory;

	private final SimulatorCounters counters = new SimulatorCounters();

	private final MqttClient client = new MqttClient(1, "demo-devices");

	private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, runnable -> {
		Thread thread = new Thread(runnable, "demo-simulator");
		thread.setDaemon(true);
		return thread;
	});

	/** Measurement noise and jitter; used on the simulator thread only. */
	private final SplittableRandom random = new SplittableRandom(20261121L);

	/** The message being written; used on the simulator thread only. */
	private final Payload payload = new Payload();

	private final AtomicBoolean allConnectedLogged = new AtomicBoolean();

	private final AtomicBoolean unreachableLogged = new AtomicBoolean();

	private final long startedAt = System.nanoTime();

	private volatile List<SimulatedDevice> devices = List.of();

	private volatile boolean running = true;

	FleetRunner(String host, int port, String secret, SimulatorProperties properties, SimulationClock time,
			Weather weather, DeviceDirectory directory) {
		this.host = host;
		this.port = port;
		this.secret = secret;
		this.properties = properties;
		this.time = time;
		this.weather = weather;
		this.directory = directory;
	}

	/** Selects the devices on the simulator thread, schedules their connections, then runs {@code then} there. */
	void start(Supplier<List<SimulatedDevice>> selection, Runnable then) {
		submit(() -> {
			devices = selection.get();
			long spacing = 1_000_000L / properties.connectRate();
			for (int i = 0; i < devices.size(); i++) {
				SimulatedDevice device = devices.get(i);
				scheduler.schedule(() -> connect(device), i * spacing, TimeUnit.MICROSECONDS);
			}
			log.info("Demo simulator: {} devices connecting to the MQTT broker at {}, {} per second (time scale {})",
					devices.size(), broker(), properties.connectRate(), properties.timeScale());
			try {
				then.run();
			}
			catch (RuntimeException e) {
				log.warn("Demo simulator: the start-up scenario failed", e);
			}
		}, 0);
	}

	private void connect(SimulatedDevice device) {
		if (!running) {
			return;
		}
		if (!active(device)) {
			reconnectLater(device);
			return;
		}
		client.connect(MqttClientOptions.device(host, port, device.code(), secret))
			.whenComplete((connection, failure) -> {
				if (failure == null) {
					opened(device, connection);
				}
				else {
					failed(device, failure instanceof CompletionException ? failure.getCause() : failure);
				}
			});
	}

	private void opened(SimulatedDevice device, MqttConnection connection) {
		if (!running) {
			connection.disconnect();
			return;
		}
		device.connection = connection;
		if (counters.connected() == devices.size() && allConnectedLogged.compareAndSet(false, true)) {
			log.info("Demo simulator: all {} devices connected after {} s", devices.size(),
					(System.nanoTime() - startedAt) / 1_000_000_000);
		}
		connection.closed().thenRun(() -> {
			counters.disconnected();
			reconnectLater(device);
		});
		submit(() -> startPublishing(device), 0);
	}

	private void failed(SimulatedDevice device, Throwable failure) {
		if (failure instanceof MqttRefusedException) {
			if (counters.refused() == 1) {
				log.warn("Demo simulator: the broker refused {} ({}); it stays offline, like any other refused "
						+ "device (counted in the simulator's state)", device.code(), failure.getMessage());
			}
			return;
		}
		if (running && unreachableLogged.compareAndSet(false, true)) {
			log.warn("Demo simulator: cannot connect to the MQTT broker at {} ({}); devices keep retrying", broker(),
					failure.toString());
		}
		reconnectLater(device);
	}

	private void reconnectLater(SimulatedDevice device) {
		long delay = properties.reconnectDelay().toMillis();
		submit(() -> connect(device), ThreadLocalRandom.current().nextLong(delay / 2, delay * 3 / 2 + 1));
	}

	private void startPublishing(SimulatedDevice device) {
		if (!device.publishing) {
			device.publishing = true;
			long first = Math.min(device.model().cadence().toMillis(), FIRST_REPORT_WITHIN);
			submit(() -> report(device), time.real((long) (random.nextDouble() * first)));
		}
	}

	/** Publishes the device's readings if it can, and schedules its next report. */
	private void report(SimulatedDevice device) {
		try {
			MqttConnection connection = device.connection;
			if (connection != null && connection.isActive() && !device.awaitingAck && active(device)) {
				publish(device, connection);
			}
		}
		catch (RuntimeException e) {
			log.warn("Demo simulator: {} failed to report", device.code(), e);
		}
		finally {
			submit(() -> report(device), time.real(nextReport(device)));
		}
	}

	/**
	 * The (simulated) time to the device's next report: its cadence ±10 %, except after its first report, when the
	 * next one comes at a random point of its cadence, so that the devices' reports spread evenly over time.
	 */
	private long nextReport(SimulatedDevice device) {
		long cadence = device.model().cadence().toMillis();
		if (!device.settled) {
			device.settled = true;
			return (long) (random.nextDouble() * cadence);
		}
		return (long) (cadence * (0.9 + 0.2 * random.nextDouble()));
	}

	private void publish(SimulatedDevice device, MqttConnection connection) {
		Moment now = time.moment(weather.current(), random);
		device.model().measure(device, now, payload.begin(now.wallMillis()));
		device.awaitingAck = true;
		counters.sent();
		connection.publish(device.topic(), payload.end(), MqttQoS.AT_LEAST_ONCE).whenComplete((done, failure) -> {
			device.awaitingAck = false;
			counters.outcome(failure == null);
		});
	}

	/** Whether the device is still registered and in use (it may have been retired meanwhile). */
	private boolean active(SimulatedDevice device) {
		return directory.find(device.registered().id())
			.map(registered -> registered.status() == DeviceStatus.ACTIVE)
			.orElse(false);
	}

	private void submit(Runnable task, long delayMillis) {
		if (!running) {
			return;
		}
		try {
			scheduler.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException stopping) {
			// the simulator is stopping
		}
	}

	/** Stops reporting, disconnects every device (waiting up to three seconds) and closes the client. */
	void stop() {
		running = false;
		scheduler.shutdownNow();
		try {
			scheduler.awaitTermination(2, TimeUnit.SECONDS);
			CompletableFuture<?>[] closing = devices.stream()
				.map(device -> device.connection)
				.filter(Objects::nonNull)
				.filter(MqttConnection::isActive)
				.map(MqttConnection::disconnect)
				.toArray(CompletableFuture[]::new);
			CompletableFuture.allOf(closing).get(3, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (Exception e) {
			log.debug("Demo simulator: not every device disconnected in time: {}", e.toString());
		}
		finally {
			client.close();
		}
	}

	List<SimulatedDevice> devices() {
		return devices;
	}

	SimulatorCounters counters() {
		return counters;
	}

	String broker() {
		return host + ":" + port;
	}
}
