package org.tongguan.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongguan.support.PlatformTest;

/**
 * The hourly purge deletes the publications completed longer ago than the seven days kept, and keeps the newer ones
 * and every outstanding one however old.
 */
@PlatformTest
class CompletedPublicationsPurgeTests {

	private static final String LISTENER = "purge-test-" + UUID.randomUUID();

	@Autowired
	CompletedPublicationsPurge purge;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void completedPublicationsOlderThanTheKeptDaysGo() {
		Instant now = clock.instant();
		store("completed long ago", now.minus(Duration.ofDays(9)), now.minus(Duration.ofDays(8)));
		store("completed lately", now.minus(Duration.ofDays(9)), now.minus(Duration.ofHours(1)));
		store("outstanding", now.minus(Duration.ofDays(30)), null);

		purge.purge();

		assertThat(jdbc.sql("SELECT serialized_event FROM event_publication WHERE listener_id = ? "
				+ "ORDER BY serialized_event")
			.param(LISTENER)
			.query(String.class)
			.list()).isEqualTo(List.of("completed lately", "outstanding"));
	}

	private void store(String event, Instant published, Instant completed) {
		jdbc.sql("INSERT INTO event_publication (id, event_type, listener_id, publication_date, serialized_event, "
				+ "completion_date) VALUES (?, 'Test', ?, ?, ?, ?)")
			.params(UUID.randomUUID(), LISTENER, OffsetDateTime.ofInstant(published, ZoneOffset.UTC), event,
					completed == null ? null : OffsetDateTime.ofInstant(completed, ZoneOffset.UTC))
			.update();
	}
}
