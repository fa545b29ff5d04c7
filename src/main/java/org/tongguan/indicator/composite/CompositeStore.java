package org.tongguan.indicator.composite;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.ObjectMapper;

/** Stores the composite index's definition as one row of {@code indicator_composite}, the draft as JSON. */
@Component
class CompositeStore {

	/** The key of the city's one composite index, 城市运行指数. */
	private static final String CITY = "city-operation";

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	CompositeStore(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<CompositeDraft> find() {
		return jdbc.sql("SELECT definition FROM indicator_composite WHERE composite_key = ?")
			.param(CITY)
			.query(String.class)
			.optional()
			.map(text -> json.readValue(text, CompositeDraft.class));
	}

	/** Stores the definition in place of the one stored, if any. */
	void replace(CompositeDraft definition, String by, Instant at) {
		String text = json.writeValueAsString(definition);
		if (jdbc.sql("UPDATE indicator_composite SET definition = ?, changed_by = ?, changed_at = ? WHERE "
				+ "composite_key = ?").params(text, by, at.atOffset(ZoneOffset.UTC), CITY).update() == 0) {
			jdbc.sql("INSERT INTO indicator_composite (composite_key, definition, changed_by, changed_at) VALUES "
					+ "(?, ?, ?, ?)").params(CITY, text, by, at.atOffset(ZoneOffset.UTC)).update();
		}
	}
}
