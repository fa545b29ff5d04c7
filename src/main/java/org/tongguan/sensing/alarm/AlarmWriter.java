package org.tongguan.sensing.alarm;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongguan.sensing.RuleId;
import org.tongguan.sensing.WarningLevel;
import org.tongguan.sensing.batching.BatchingWriter;
import org.tongguan.sensing.device.DeviceId;
import org.tongguan.sensing.rule.LevelChange;
import org.tongguan.sensing.rule.LevelChanges;
import org.tongguan.sensing.rule.RuleKind;
import org.tongguan.sensing.rule.RulesProperties;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * 告警写入 — one background thread that stores the rule engine's level changes in batches (one transaction each),
 * so ingestion never waits for the database. Times each reading-driven change from measurement to commit
 * ({@code tongguan.sensing.alarm.delay}); a change that does not fit the full queue is dropped and counted
 * ({@code tongguan.sensing.alarm.dropped}).
 */
@Component
class AlarmWriter implements LevelChanges, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(AlarmWriter.class);

	private final BlockingQueue<LevelChange> queue;

	private final AlarmRecorder recorder;

	private final AlarmStore store;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Timer delay;

	private final Counter dropped;

	private final BatchingWriter<LevelChange> writer;

	AlarmWriter(AlarmRecorder recorder, AlarmStore store, TransactionTemplate transactions, Clock clock,
			RulesProperties properties, MeterRegistry meters) {
		this.queue = new ArrayBlockingQueue<>(properties.queueCapacity());
		this.recorder = recorder;
		this.store = store;
		this.transactions = transactions;
		this.clock = clock;
		this.delay = Timer.builder("tongguan.sensing.alarm.delay")
			.description("From a reading's measurement to the commit of the alarm change it caused")
			.publishPercentiles(0.5, 0.95, 0.99)
			.publishPercentileHistogram()
			.minimumExpectedValue(Duration.ofMillis(1))
			.maximumExpectedValue(Duration.ofMinutes(1))
			.register(meters);
		this.dropped = Counter.builder("tongguan.sensing.alarm.dropped")
			.description("Alarm level changes dropped because the writer's queue was full")
			.register(meters);
		meters.gauge("tongguan.sensing.alarm.queue", queue, BlockingQueue::size);
		this.writer = new BatchingWriter<>("alarm-writer", false, queue,
				BatchingWriter.Limits.atMost(properties.writeBatch()), this::write);
	}

	@Override
	public void submit(LevelChange change) {
		if (!queue.offer(change)) {
			dropped.increment();
		}
	}

	@Override
	public Map<DeviceId, Map<RuleId, WarningLevel>> activeLevels() {
		return store.activeLevels();
	}

	@Override
	public void start() {
		writer.start();
	}

	@Override
	public void stop() {
		writer.stop(Duration.ofSeconds(10));
	}

	@Override
	public boolean isRunning() {
		return writer.isRunning();
	}

	/** Stops after the transports and ingestion (higher phases), so their last changes are stored. */
	@Override
	public int getPhase() {
		return 0;
	}

	/** Stores a batch in one transaction; when that fails, each change on its own, so one bad change loses only itself. */
	private void write(List<LevelChange> changes) {
		try {
			transactions.executeWithoutResult(status -> changes.forEach(recorder::apply));
			timed(changes);
		}
		catch (RuntimeException e) {
			if (changes.size() > 1) {
				changes.forEach(this::writeAlone);
			}
			else if (e instanceof DuplicateKeyException) {
				writeAlone(changes.get(0));
			}
			else {
				failed(changes.get(0), e);
			}
		}
	}

	/**
	 * Stores one change; when another node (or a user) made the alarm active at the same moment, applies the change
	 * to that alarm instead.
	 */
	private void writeAlone(LevelChange change) {
		for (int attempt = 0; attempt < 2; attempt++) {
			try {
				transactions.executeWithoutResult(status -> recorder.apply(change));
				timed(List.of(change));
				return;
			}
			catch (DuplicateKeyException e) {
				if (attempt == 1) {
					failed(change, e);
				}
			}
			catch (RuntimeException e) {
				failed(change, e);
				return;
			}
		}
	}

	private static void failed(LevelChange change, RuntimeException e) {
		log.error("Cannot store the alarm change {} → {} of device {} under rule {}", change.from(), change.to(),
				change.device().code(), change.ruleId(), e);
	}

	private void timed(List<LevelChange> changes) {
		long committed = clock.millis();
		for (LevelChange change : changes) {
			if (change.rule() != null && (change.rule().kind() == RuleKind.THRESHOLD
					|| change.rule().kind() == RuleKind.RATE)) {
				delay.record(Math.max(0, committed - change.measuredAt().toEpochMilli()), TimeUnit.MILLISECONDS);
			}
		}
	}
}
