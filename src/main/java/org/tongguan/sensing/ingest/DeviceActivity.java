package org.tongguan.sensing.ingest;

import org.tongguan.sensing.device.RegisteredDevice;

/**
 * Hears of every message an authenticated device sent, accepted or rejected: device health counts it as a sign of
 * life. Called on the transport's thread, so it must not block.
 */
public interface DeviceActivity {

	/** The device sent a message at this time (epoch milliseconds of the platform clock). */
	void seen(RegisteredDevice device, long at);
}
