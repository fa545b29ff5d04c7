package org.tongguan.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * An open loop: new reports arrive at a fixed rate whatever the platform does, each sent at its scheduled time, and
 * each latency is measured from that scheduled time (not from when the request actually left), so a stall shows in
 * the latencies of every report it delayed (no coordinated omission).
 */
final class FixedRateIntake {

	private FixedRateIntake() {
	}

	/** Sends {@code rate} reports per second for the warm-up and the measured window; answers the window's result. */
	static Result run(PlatformClient client, DemoCity city, double rate, Duration warmup, Duration measure)
			throws InterruptedException {
		double interval = 1e9 / rate;
		long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
		long measureStart = start + warmup.toNanos();
		long end = measureStart + measure.toNanos();
		Latencies latencies = new Latencies();
		List<CompletableFuture<?>> measured = new ArrayList<>();
		AtomicInteger answered = new AtomicInteger();
		for (long i = 0;; i++) {
			long scheduled = start + (long) (i * interval);
			if (scheduled >= end) {
				break;
			}
			for (long wait = scheduled - System.nanoTime(); wait > 0; wait = scheduled - System.nanoTime()) {
				LockSupport.parkNanos(wait);
			}
			boolean counts = scheduled >= measureStart;
			CompletableFuture<?> answer = client
				.postAsync("/api/cases", city.randomReport(), UUID.randomUUID().toString())
				.handle((response, failure) -> {
					if (!counts) {
						return null;
					}
					answered.incrementAndGet();
					if (failure != null) {
						latencies.error(failure.getClass().getSimpleName());
					}
					else if (response.statusCode() != 201) {
						latencies.error("HTTP " + response.statusCode());
					}
					else {
						latencies.record(System.nanoTime() - scheduled);
					}
					return null;
				});
			if (counts) {
				measured.add(answer);
			}
		}
		try {
			CompletableFuture.allOf(measured.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
		}
		catch (ExecutionException | TimeoutException e) {
			// every request counts its own failure; the unanswered ones are counted below
		}
		for (int i = answered.get(); i < measured.size(); i++) {
			latencies.error("no answer");
		}
		return latencies.result(String.format(Locale.ROOT, "intake at %.0f/s (open loop)", rate), measure);
	}
}
