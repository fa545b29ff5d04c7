package org.tongguan.indicator.topic;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongguan.shared.ConflictException;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.NotFoundException;

/** Creates, replaces and deletes topics (专题), each checked whole against the registry before anything is stored. */
@Service
public class TopicEditor {

	private final TopicChecks checks;

	private final TopicStore store;

	private final Clock clock;

	TopicEditor(TopicChecks checks, TopicStore store, Clock clock) {
		this.checks = checks;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Adds a topic.
	 *
	 * @throws ConflictException when a topic has its key
	 */
	@Transactional
	public TopicDraft create(TopicDraft draft, String by) {
		TopicDraft topic = checks.check(draft);
		if (!store.insert(topic, by, clock.instant())) {
			throw new ConflictException("A topic with the key " + topic.key() + " exists");
		}
		return topic;
	}

	/** Replaces the topic with the key; the draft's key may be left out, and must be the same when given. */
	@Transactional
	public TopicDraft replace(String key, TopicDraft draft, String by) {
		if (draft.key() != null && !draft.key().equals(key)) {
			throw new InvalidInputException("key", "must be the key of the path, " + key + ", or left out");
		}
		TopicDraft topic = checks.check(draft.withKey(key));
		if (!store.update(topic, by, clock.instant())) {
			throw unknown(key);
		}
		return topic;
	}

	@Transactional
	public void delete(String key) {
		if (!store.delete(key)) {
			throw unknown(key);
		}
	}

	static NotFoundException unknown(String key) {
		return new NotFoundException("There is no topic " + key);
	}
}
