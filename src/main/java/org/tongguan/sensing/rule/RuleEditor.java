package org.tongguan.sensing.rule;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.tongguan.sensing.RuleId;
import org.tongguan.shared.ConflictException;
import org.tongguan.shared.NotFoundException;

/**
 * Reads and edits the alarm rules; every edit takes effect at once on this node (the rule book is rebuilt and every
 * device rebound, clearing alarms of rules that no longer apply) and within the reload interval on the others.
 */
@Service
public class RuleEditor {

	private final RuleStore store;

	private final RuleValidator validator;

	private final RuleBooks books;

	private final RuleEngine engine;

	private final Clock clock;

	RuleEditor(RuleStore store, RuleValidator validator, RuleBooks books, RuleEngine engine, Clock clock) {
		this.store = store;
		this.validator = validator;
		this.books = books;
		this.engine = engine;
		this.clock = clock;
	}

	/** Every rule, the built-in offline rule included, in id order. */
	public List<StoredRule> list() {
		return store.all();
	}

	/** The built-in rule behind offline alarms, as of the current rule book. */
	public Optional<AlarmRule> offlineRule() {
		return Optional.ofNullable(books.current().offline());
	}

	public StoredRule get(RuleId id) {
		return store.find(id).orElseThrow(() -> new NotFoundException("No alarm rule " + id));
	}

	public StoredRule create(RuleDraft draft, String by) {
		RuleId id = store.insert(validator.validate(RuleStore.NEW, draft), by, clock.instant());
		applied();
		return get(id);
	}

	public StoredRule update(RuleId id, RuleDraft draft, String by) {
		editable(id);
		store.update(validator.validate(id, draft), by, clock.instant());
		applied();
		return get(id);
	}

	/** Deletes a rule; its active alarms clear. */
	public void delete(RuleId id) {
		editable(id);
		store.delete(id);
		applied();
	}

	private void editable(RuleId id) {
		if (get(id).rule().kind() == RuleKind.OFFLINE) {
			throw new ConflictException("Rule " + id + " is the built-in offline rule; it cannot be changed");
		}
	}

	private void applied() {
		if (books.reload()) {
			engine.refresh();
		}
	}
}
