package org.tongguan.sensing.ingest;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of telemetry (遥测): what ingestion accepts from a device, how the store batches its writes, how long
 * readings are kept and how often device health is checked.
 *
 * @param maxPayloadSize the largest message (MQTT payload or HTTP batch body) accepted
 * @param maxReadingsPerMessage the most readings (objects of a JSON array) one message may carry
 * @param maxFutureSkew how far in the future a reading's {@code ts} may lie (device clocks run fast)
 * @param maxAge how old a reading may be when it arrives (devices that buffered while offline)
 * @param rate how many messages one device may send
 * @param store how the store batches its writes
 * @param retention how long readings are kept
 * @param retentionCheckInterval how often readings past the retention are deleted
 * @param healthScanInterval how often devices are checked for silence past their type's inactivity timeout
 */
@ConfigurationProperties("tongguan.sensing.telemetry")
public record TelemetryProperties(@DefaultValue("16KB") DataSize maxPayloadSize,
		@DefaultValue("100") int maxReadingsPerMessage, @DefaultValue("5m") Duration maxFutureSkew,
		@DefaultValue("7d") Duration maxAge, @DefaultValue Rate rate, @DefaultValue Store store,
		@DefaultValue("P90D") Duration retention, @DefaultValue("1h") Duration retentionCheckInterval,
		@DefaultValue("10s") Duration healthScanInterval) {

	public TelemetryProperties {
		if (maxPayloadSize.toBytes() < 64 || maxReadingsPerMessage < 1 || maxFutureSkew.isNegative()
				|| !positive(maxAge) || !positive(retention) || !positive(retentionCheckInterval)
				|| !positive(healthScanInterval)) {
			throw new IllegalArgumentException("tongguan.sensing.telemetry: the payload limit must be at least 64 "
					+ "bytes, a message must allow a reading, and the durations must be positive");
		}
	}

	private static boolean positive(Duration duration) {
		return !duration.isNegative() && !duration.isZero();
	}

	/**
	 * A device's budget: in any interval of {@code t} seconds it may send {@code burst + messagesPerSecond × t}
	 * messages. Counted where the messages arrive, which is not when the device sent them (networks, the broker's own
	 * flow control and pauses bunch them up), so the platform allows {@code tolerance} more: a device within its
	 * budget is never refused while the delays of its messages vary by less than that. Implemented as a token bucket
	 * per device holding {@code burst + messagesPerSecond × tolerance}, refilled at {@code messagesPerSecond}.
	 *
	 * @param messagesPerSecond the sustained rate
	 * @param burst how many messages a quiet device may send at once
	 * @param tolerance how much the delays of a device's messages may vary before an in-budget device is refused
	 */
	public record Rate(@DefaultValue("10") double messagesPerSecond, @DefaultValue("50") int burst,
			@DefaultValue("5s") Duration tolerance) {

		public Rate {
			if (!(messagesPerSecond > 0) || burst < 1 || tolerance.isNegative()) {
				throw new IllegalArgumentException("tongguan.sensing.telemetry.rate: the rate and the burst must be "
						+ "positive, the tolerance not negative");
			}
		}

		/** How many messages the bucket holds: the burst and what the rate adds over the tolerance. */
		double capacity() {
			return burst + messagesPerSecond * tolerance.toMillis() / 1000.0;
		}
	}

	/**
	 * The batched store.
	 *
	 * @param queueCapacity the most messages waiting to be stored; beyond it messages are rejected as overloaded
	 * @param flushInterval the longest a message waits for others to share its transaction
	 * @param flushWhenIdle a batch is written before its flush interval is up once no message came for this long
	 * @param flushRows how many rows (metric values) one transaction writes at most
	 * @param giveUpAfter how long a failed write is retried before its messages are rejected as overloaded
	 * @param latestSaveInterval how often the latest values are saved, so a restart keeps them
	 * @param shutdownTimeout how long stopping waits for the queue to be stored
	 */
	public record Store(@DefaultValue("50000") int queueCapacity, @DefaultValue("50ms") Duration flushInterval,
			@DefaultValue("2ms") Duration flushWhenIdle, @DefaultValue("10000") int flushRows,
			@DefaultValue("1m") Duration giveUpAfter, @DefaultValue("10s") Duration latestSaveInterval,
			@DefaultValue("30s") Duration shutdownTimeout) {

		public Store {
			if (queueCapacity < 1 || flushRows < 1 || flushInterval.isNegative() || flushWhenIdle.isNegative()
					|| giveUpAfter.isNegative() || !positive(latestSaveInterval) || shutdownTimeout.isNegative()) {
				throw new IllegalArgumentException("tongguan.sensing.telemetry.store: the capacity and the rows must "
						+ "be positive, the durations not negative");
			}
		}
	}
}
