package org.tongguan.sensing.simulator;

import org.tongguan.sensing.DeviceCode;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.mqtt.TelemetryTopic;
import org.tongguan.sensing.mqtt.client.MqttConnection;

/**
 * One demo device as the simulator runs it (模拟设备): its registration, how it measures, its fixed traits (numbers
 * drawn from its code, so every run gives it the same baseline), its MQTT connection and the incident it is living
 * through. The incident fields are touched only on the simulator's thread.
 */
final class SimulatedDevice {

	private static final long GOLDEN = 0x9E3779B97F4A7C15L;

	private final RegisteredDevice registered;

	private final DeviceModel model;

	private final String topic;

	private final String district;

	private final long seed;

	volatile MqttConnection connection;

	volatile boolean awaitingAck;

	/** Whether its publishing loop runs (started on its first connection). */
	boolean publishing;

	/** Whether its reports have settled into their cadence (after the first report, which follows the connection). */
	boolean settled;

	/** Until when (simulated time) an incident lasts, and the value it holds the device at. */
	long incidentUntil = Long.MIN_VALUE;

	double incidentLevel;

	SimulatedDevice(RegisteredDevice registered, DeviceModel model) {
		this.registered = registered;
		this.model = model;
		this.topic = TelemetryTopic.of(registered.code());
		this.district = registered.grid() == null ? null : registered.grid().value().substring(0, 6);
		this.seed = mix(registered.code().value().hashCode() * GOLDEN);
	}

	RegisteredDevice registered() {
		return registered;
	}

	DeviceCode code() {
		return registered.code();
	}

	DeviceModel model() {
		return model;
	}

	String topic() {
		return topic;
	}

	/** The district code (the first six digits of its grid), {@code null} outside every grid. */
	String district() {
		return district;
	}

	/** The device's n-th trait: a number in [0, 1) fixed by its code. */
	double trait(int n) {
		return (mix(seed + n * GOLDEN) >>> 11) * 0x1.0p-53;
	}

	/** The n-th trait scaled to [low, high). */
	double between(int n, double low, double high) {
		return low + trait(n) * (high - low);
	}

	/** Whether an incident holds the device now. */
	boolean inIncident(long simulated) {
		return simulated < incidentUntil;
	}

	/** The MurmurHash3 finaliser: spreads the bits of a number over all 64. */
	private static long mix(long z) {
		z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
		z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
		return z ^ (z >>> 33);
	}
}
