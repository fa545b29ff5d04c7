package org.tongguan.shared.persistence;

import java.util.concurrent.TimeUnit;

import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the event publications completed longer ago than {@code tongguan.events.keep-completed}, every hour. Spring
 * Modulith keeps a completed publication as a row for good; every case action completes several, and without this
 * the table would grow by hundreds of thousands of rows a day in a large city, and with it H2's rebuild of its indexes
 * at each start ({@link H2EventPublicationIndexes}).
 */
@Component
class CompletedPublicationsPurge {

	private final CompletedEventPublications completed;

	private final EventPublicationProperties properties;

	CompletedPublicationsPurge(CompletedEventPublications completed, EventPublicationProperties properties) {
		this.completed = completed;
		this.properties = properties;
	}

	@Scheduled(initialDelay = 5, fixedDelay = 60, timeUnit = TimeUnit.MINUTES)
	void purge() {
		completed.deletePublicationsOlderThan(properties.keepCompleted());
	}
}
