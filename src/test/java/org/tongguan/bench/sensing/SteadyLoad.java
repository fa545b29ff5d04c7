package org.tongguan.bench.sensing;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import org.tongguan.sensing.DeviceCode;
import org.tongguan.sensing.mqtt.TelemetryTopic;
import org.tongguan.sensing.mqtt.client.MqttConnection;

import io.netty.handler.codec.mqtt.MqttQoS;

/**
 * Publishes at a fixed total rate (QoS 1) in 10 ms ticks, round robin over the devices, each reading stamped with its
 * publish time. Every second {@code alarmsPerSecond} devices with a battery report 10 % (电量低, the default rule
 * raises a 蓝 alarm without a case) in their reading of that second and a normal level in the next, which clears it;
 * so the platform raises and clears that many alarms per second, and the reading → alarm delay is measured on them.
 */
final class SteadyLoad {

	private static final int TICKS_PER_SECOND = 100;

	private final List<Fleet.Device> devices;

	private final List<MqttConnection> connections;

	/** Per device, its place among the devices with a battery, or -1. */
	private final int[] batteryPosition;

	private final int batteryCount;

	private final LongAdder acknowledged = new LongAdder();

	private final LongAdder failed = new LongAdder();

	private volatile long sent;

	private int next;

	SteadyLoad(List<Fleet.Device> devices, List<MqttConnection> connections) {
		this.devices = devices;
		this.connections = connections;
		this.batteryPosition = new int[devices.size()];
		int count = 0;
		for (int i = 0; i < devices.size(); i++) {
			batteryPosition[i] = devices.get(i).hasBattery() ? count++ : -1;
		}
		this.batteryCount = count;
	}

	/** Starts publishing {@code rate} messages per second; the answer stops it. */
	ScheduledExecutorService start(int rate, int alarmsPerSecond) {
		ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
		long startedAt = System.nanoTime();
		ticks.scheduleAtFixedRate(() -> tick(rate, alarmsPerSecond, startedAt), 0, 1000 / TICKS_PER_SECOND,
				TimeUnit.MILLISECONDS);
		return ticks;
	}

	private void tick(int rate, int alarmsPerSecond, long startedAt) {
		long elapsed = System.nanoTime() - startedAt;
		long due = elapsed * rate / Duration.ofSeconds(1).toNanos();
		long second = elapsed / Duration.ofSeconds(1).toNanos();
		long now = System.currentTimeMillis();
		while (sent < due) {
			int index = next;
			next = (next + 1) % devices.size();
			Fleet.Device device = devices.get(index);
			MqttConnection connection = connections.get(index);
			connection.publish(TelemetryTopic.of(new DeviceCode(device.code())),
					device.reading(now, lowBattery(index, second, alarmsPerSecond)), MqttQoS.AT_LEAST_ONCE)
				.whenComplete((done, failure) -> (failure == null ? acknowledged : failed).increment());
			sent = sent + 1;
		}
	}

	/** Whether the device is one of this second's alarm devices. */
	private boolean lowBattery(int index, long second, int alarmsPerSecond) {
		int position = batteryPosition[index];
		if (position < 0 || alarmsPerSecond == 0) {
			return false;
		}
		long first = second * alarmsPerSecond % batteryCount;
		return Math.floorMod(position - first, batteryCount) < alarmsPerSecond;
	}

	long sent() {
		return sent;
	}

	long acknowledged() {
		return acknowledged.sum();
	}

	long failed() {
		return failed.sum();
	}
}
