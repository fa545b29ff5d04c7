package org.tongguan.sensing.mqtt;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.ingest.IngestCallback;
import org.tongguan.sensing.ingest.Rejection;
import org.tongguan.sensing.ingest.TelemetryIngestion;

/** Ingestion that records what the transport hands it; stores at once, or leaves the callbacks to the test. */
final class RecordingIngestion implements TelemetryIngestion {

	/** One message handed to ingestion. */
	record Accepted(RegisteredDevice device, byte[] payload, IngestCallback callback) {

		String text() {
			return new String(payload);
		}
	}

	final BlockingQueue<Accepted> accepted = new LinkedBlockingQueue<>();

	final Queue<String> rejections = new ConcurrentLinkedQueue<>();

	volatile boolean storeAtOnce = true;

	@Override
	public void accept(RegisteredDevice device, byte[] payload, IngestCallback callback) {
		accepted.add(new Accepted(device, payload, callback));
		if (storeAtOnce) {
			callback.stored();
		}
	}

	@Override
	public void rejected(String deviceCode, Rejection reason) {
		rejections.add(deviceCode + " " + reason);
	}

	Accepted next(Duration timeout) throws InterruptedException {
		return accepted.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	List<String> rejections() {
		return List.copyOf(rejections);
	}
}
