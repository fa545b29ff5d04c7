package org.tongguan.support;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;

import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The events an application context published, from whichever thread, each once its transaction committed (at once
 * when there was none). Spring Modulith's {@code PublishedEvents}, and so {@code Scenario}'s event waits, see only the
 * events of the test's own thread and the threads it starts; a flow whose events leave a background thread that was
 * running before (the sensing batching writers) is awaited with
 * {@code scenario.stimulate(…).andWaitForStateChange(() -> events.first(…))}, the test declaring it as a bean of its
 * own {@code @TestConfiguration} (a module test leaves out beans of types outside its modules). A plain listener that
 * waits for the commit itself, so that the event publication registry does not take it for a durable listener.
 */
public class RecordedEvents {

	private final Queue<Object> events = new ConcurrentLinkedQueue<>();

	@EventListener
	void record(Object event) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			events.add(event);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				events.add(event);
			}
		});
	}

	/** The first event of the type that matches, {@code null} while none has been published. */
	public <E> E first(Class<E> type, Predicate<? super E> matching) {
		return events.stream().filter(type::isInstance).map(type::cast).filter(matching).findFirst().orElse(null);
	}
}
