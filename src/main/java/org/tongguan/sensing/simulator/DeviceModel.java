package org.tongguan.sensing.simulator;

import java.time.Duration;

/** How a device type measures (测量模型): how often it reports and what values it reports at a moment. */
interface DeviceModel {

	/** The device type's code, e.g. {@code water-level}. */
	String type();

	/** How often a device of the type reports (simulated time; each report is jittered by ±10 %). */
	Duration cadence();

	/** Adds the device's readings at this moment to the message. */
	void measure(SimulatedDevice device, Moment now, Payload payload);
}
