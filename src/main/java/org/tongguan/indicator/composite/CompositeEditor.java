package org.tongguan.indicator.composite;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongguan.shared.NotFoundException;

/** Reads and replaces the composite index's definition, checked whole against the registry before it is stored. */
@Service
public class CompositeEditor {

	private final CompositeChecks checks;

	private final CompositeStore store;

	private final Clock clock;

	CompositeEditor(CompositeChecks checks, CompositeStore store, Clock clock) {
		this.checks = checks;
		this.store = store;
		this.clock = clock;
	}

	/** The definition as stored; 404 while none is. */
	public CompositeDraft definition() {
		return store.find().orElseThrow(CompositeEditor::undefined);
	}

	/** Replaces the definition, answering it as stored (the target or band taken from a plan filled in). */
	@Transactional
	public CompositeDraft replace(CompositeDraft draft, String by) {
		CompositeDraft checked = checks.check(draft).draft();
		store.replace(checked, by, clock.instant());
		return checked;
	}

	/** The checked definition, as computations use it; 404 while none is stored. */
	CompositeDefinition current() {
		return checks.stored(definition());
	}

	static NotFoundException undefined() {
		return new NotFoundException("No composite index is defined; an administrator defines it with PUT "
				+ "/api/admin/indicators/composite/definition");
	}
}
