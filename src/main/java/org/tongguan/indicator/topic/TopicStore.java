package org.tongguan.indicator.topic;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongguan.shared.InvalidInputException;

import tools.jackson.databind.ObjectMapper;

/** Stores each topic whole as a row of {@code indicator_topic}: the checked draft as JSON, its name and position. */
@Component
class TopicStore {

	/** The longest a stored topic may be, in characters of JSON. */
	static final int MOST_CHARACTERS = 200_000;

	private static final String SELECT = "SELECT definition FROM indicator_topic";

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	TopicStore(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Every topic in the order of their positions, then keys. */
	List<TopicDraft> all() {
		return jdbc.sql(SELECT + " ORDER BY topic_position, topic_key").query(String.class).list().stream()
			.map(this::read)
			.toList();
	}

	Optional<TopicDraft> find(String key) {
		return jdbc.sql(SELECT + " WHERE topic_key = ?").param(key).query(String.class).optional().map(this::read);
	}

	/** Stores a new topic; false when one has its key. */
	boolean insert(TopicDraft topic, String by, Instant at) {
		if (find(topic.key()).isPresent()) {
			return false;
		}
		jdbc.sql("""
				INSERT INTO indicator_topic (topic_key, name, topic_position, definition, changed_by, changed_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(topic.key(), topic.name(), topic.position(), write(topic), by, at.atOffset(ZoneOffset.UTC))
			.update();
		return true;
	}

	/** Replaces a topic; false when none has its key. */
	boolean update(TopicDraft topic, String by, Instant at) {
		return jdbc.sql("""
				UPDATE indicator_topic SET name = ?, topic_position = ?, definition = ?, changed_by = ?, changed_at = ?
				WHERE topic_key = ?""")
			.params(topic.name(), topic.position(), write(topic), by, at.atOffset(ZoneOffset.UTC), topic.key())
			.update() == 1;
	}

	/** Deletes a topic; false when none has the key. */
	boolean delete(String key) {
		return jdbc.sql("DELETE FROM indicator_topic WHERE topic_key = ?").param(key).update() == 1;
	}

	private String write(TopicDraft topic) {
		String text = json.writeValueAsString(topic);
		if (text.length() > MOST_CHARACTERS) {
			throw new InvalidInputException("layout", "the topic is too large: at most " + MOST_CHARACTERS
					+ " characters of JSON with its layout and filters");
		}
		return text;
	}

	private TopicDraft read(String text) {
		return json.readValue(text, TopicDraft.class);
	}
}
