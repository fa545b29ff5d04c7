package org.tongguan.sensing.rule;

import java.util.List;

import org.springframework.stereotype.Component;

/** Holds the current {@link RuleBook}; a reload replaces it in one step, and only when the stored rules changed. */
@Component
class RuleBooks {

	private final RuleStore store;

	private volatile RuleBook current = RuleBook.EMPTY;

	RuleBooks(RuleStore store) {
		this.store = store;
		reload();
	}

	RuleBook current() {
		return current;
	}

	/** Reads the stored rules; answers whether they differ from the current book (which is then replaced). */
	synchronized boolean reload() {
		List<AlarmRule> rules = store.all().stream().map(StoredRule::rule).toList();
		if (rules.equals(current.rules())) {
			return false;
		}
		current = new RuleBook(rules);
		return true;
	}
}
