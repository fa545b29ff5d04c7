package org.tongguan.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed loop: a fixed number of clients, each sending its next request as soon as the last one is answered, for a
 * warm-up and then a measured window. Only operations that end inside the window count; when the operation runs out of
 * work, the window closes with the last operation that ended.
 */
final class ClosedLoop {

	/** One operation of a client: answers {@code null} when it succeeded, else what went wrong. */
	interface Operation {

		/**
		 * Performs the operation once.
		 *
		 * @throws NoSuchElementException when there is no more work
		 */
		String perform() throws Exception;
	}

	private ClosedLoop() {
	}

	/** Runs the operation with {@code clients} concurrent clients and answers what the measured window saw. */
	static Result run(String scenario, int clients, Duration warmup, Duration measure, Operation operation)
			throws InterruptedException {
		long measureStart = System.nanoTime() + warmup.toNanos();
		long end = measureStart + measure.toNanos();
		AtomicLong exhaustedAt = new AtomicLong(Long.MAX_VALUE);
		AtomicLong lastEnded = new AtomicLong(measureStart);
		Latencies latencies = new Latencies();
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			Thread thread = new Thread(() -> {
				while (System.nanoTime() < Math.min(end, exhaustedAt.get())) {
					long started = System.nanoTime();
					String error;
					try {
						error = operation.perform();
					}
					catch (NoSuchElementException e) {
						exhaustedAt.accumulateAndGet(System.nanoTime(), Math::min);
						return;
					}
					catch (Exception e) {
						error = e.getClass().getSimpleName();
					}
					long ended = System.nanoTime();
					if (ended >= measureStart && ended < end) {
						lastEnded.accumulateAndGet(ended, Math::max);
						if (error == null) {
							latencies.record(ended - started);
						}
						else {
							latencies.error(error);
						}
					}
				}
			}, scenario + "-" + i);
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		long closed = exhaustedAt.get() < end ? lastEnded.get() : end;
		return latencies.result(scenario, Duration.ofNanos(Math.max(1, closed - measureStart)));
	}
}
