package org.tongguan.sensing.batching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The batching writer thread the alarm writer and the telemetry store share. */
class BatchingWriterTests {

	private final LinkedBlockingQueue<Integer> queue = new LinkedBlockingQueue<>();

	private final List<List<Integer>> written = new CopyOnWriteArrayList<>();

	private BatchingWriter<Integer> writer;

	@AfterEach
	void stop() {
		if (writer != null && writer.isRunning()) {
			writer.stop(Duration.ofSeconds(5));
		}
	}

	@Test
	void writesWhatIsQueuedInBatchesOfAtMostTheLimit() throws InterruptedException {
		for (int i = 1; i <= 7; i++) {
			queue.add(i);
		}
		writer = new BatchingWriter<>("test-writer", true, queue, BatchingWriter.Limits.atMost(3),
				batch -> written.add(List.copyOf(batch)));
		writer.start();
		await().atMost(Duration.ofSeconds(5)).until(() -> written.stream().mapToInt(List::size).sum() == 7);
		assertThat(written).allMatch(batch -> batch.size() <= 3);
		assertThat(written.stream().flatMap(List::stream)).containsExactly(1, 2, 3, 4, 5, 6, 7);
	}

	@Test
	void collectsUntilTheWeightIsReachedWithinTheLingerTime() {
		writer = new BatchingWriter<>("test-writer", true, queue,
				new BatchingWriter.Limits<>(10, item -> item, Duration.ofMillis(500), Duration.ofMillis(500)),
				batch -> written.add(List.copyOf(batch)));
		writer.start();
		queue.add(4);
		queue.add(4);
		queue.add(4);
		queue.add(1);
		await().atMost(Duration.ofSeconds(5)).until(() -> written.stream().mapToInt(List::size).sum() == 4);
		assertThat(written.get(0)).containsExactly(4, 4, 4);
		assertThat(written.get(1)).containsExactly(1);
	}

	@Test
	void endsABatchWhenNothingComesForTheIdleGap() {
		writer = new BatchingWriter<>("test-writer", true, queue,
				new BatchingWriter.Limits<>(100, item -> 1, Duration.ofSeconds(30), Duration.ofMillis(20)),
				batch -> written.add(List.copyOf(batch)));
		writer.start();
		queue.add(1);
		await().atMost(Duration.ofSeconds(5)).until(() -> written.size() == 1);
		assertThat(written.get(0)).containsExactly(1);
	}

	@Test
	void goesOnAfterABatchFailsAndTellsEveryBatchDone() {
		AtomicInteger done = new AtomicInteger();
		writer = new BatchingWriter<>("test-writer", true, queue, BatchingWriter.Limits.atMost(1),
				new BatchingWriter.Batches<>() {

					@Override
					public void write(List<Integer> batch) {
						if (batch.contains(1)) {
							throw new IllegalStateException("the database is away");
						}
						written.add(List.copyOf(batch));
					}

					@Override
					public void done(List<Integer> batch) {
						done.addAndGet(batch.size());
					}
				});
		writer.start();
		queue.add(1);
		queue.add(2);
		await().atMost(Duration.ofSeconds(5)).until(() -> done.get() == 2);
		assertThat(written).containsExactly(List.of(2));
	}

	@Test
	void stoppingFinishesWhatIsQueuedAndWhatIsStillOnItsWay() throws InterruptedException {
		AtomicBoolean onItsWay = new AtomicBoolean(true);
		AtomicInteger finished = new AtomicInteger();
		writer = new BatchingWriter<>("test-writer", true, queue, BatchingWriter.Limits.atMost(100),
				new BatchingWriter.Batches<>() {

					@Override
					public void write(List<Integer> batch) {
						written.add(List.copyOf(batch));
					}

					@Override
					public void finished() {
						finished.incrementAndGet();
					}
				}, () -> !queue.isEmpty() || onItsWay.get());
		writer.start();
		Thread late = new Thread(() -> {
			sleep(300);
			queue.add(2);
			onItsWay.set(false);
		});
		queue.add(1);
		late.start();
		assertThat(writer.stop(Duration.ofSeconds(5))).isTrue();
		assertThat(writer.isRunning()).isFalse();
		assertThat(written.stream().flatMap(List::stream)).containsExactly(1, 2);
		assertThat(finished).hasValue(1);
	}

	@Test
	void answersWhenItDidNotFinishInTime() {
		AtomicBoolean onItsWay = new AtomicBoolean(true);
		writer = new BatchingWriter<>("test-writer", true, queue, BatchingWriter.Limits.atMost(1), batch -> {
		}, onItsWay::get);
		writer.start();
		assertThat(writer.stop(Duration.ofMillis(200))).isFalse();
		onItsWay.set(false);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
