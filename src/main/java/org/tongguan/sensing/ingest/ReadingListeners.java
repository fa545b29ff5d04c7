package org.tongguan.sensing.ingest;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.ClassUtils;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Every {@link ReadingListener} bean in order; a listener that throws is counted
 * ({@code tongguan.sensing.listener.failures}) and logged now and then, and the others still see the reading.
 */
final class ReadingListeners {

	private static final Logger log = LoggerFactory.getLogger(ReadingListeners.class);

	private final ReadingListener[] listeners;

	private final Counter[] failures;

	private final AtomicLong failed = new AtomicLong();

	ReadingListeners(List<ReadingListener> listeners, MeterRegistry registry) {
		this.listeners = listeners.toArray(ReadingListener[]::new);
		this.failures = new Counter[this.listeners.length];
		for (int i = 0; i < this.listeners.length; i++) {
			failures[i] = Counter.builder("tongguan.sensing.listener.failures")
				.description("Readings a listener failed on")
				.tag("listener", ClassUtils.getUserClass(this.listeners[i]).getSimpleName())
				.register(registry);
		}
	}

	/** Shows the reading to every listener. */
	void notify(Reading reading) {
		for (int i = 0; i < listeners.length; i++) {
			try {
				listeners[i].onReading(reading);
			}
			catch (RuntimeException e) {
				failures[i].increment();
				long count = failed.incrementAndGet();
				if (Long.bitCount(count) == 1) {
					log.warn("Reading listener {} failed on a reading of {} ({} failures of listeners so far)",
							ClassUtils.getUserClass(listeners[i]).getSimpleName(), reading.device().code(), count, e);
				}
			}
		}
	}
}
