package org.tongguan.indicator.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.shared.ConflictException;
import org.tongguan.shared.NotFoundException;
import org.tongguan.shared.Violations;

/**
 * Changes the registry: a new indicator is stored as its version 1, each change of a plan as its next version (who,
 * when, why); a plan stated again unchanged makes no version. Every plan is read and checked whole before anything is
 * stored.
 */
@Service
public class RegistryEditor {

	private final RegistryStore store;

	private final PlanChecks checks;

	private final Clock clock;

	RegistryEditor(RegistryStore store, PlanChecks checks, Clock clock) {
		this.store = store;
		this.checks = checks;
		this.clock = clock;
	}

	/**
	 * Adds an indicator.
	 *
	 * @throws ConflictException when the registry has its code already
	 */
	@Transactional
	public PlanVersion create(PlanDraft draft, String editor) {
		IndicatorPlan plan = checked(draft);
		if (store.current(plan.code()).isPresent()) {
			throw new ConflictException("The registry has " + plan.code() + " already; revise it instead");
		}
		return apply(List.of(plan), Collections.singletonList(note(draft)), editor).get(0).version();
	}

	/** Revises an indicator: its next version when the plan changed, its current version when it did not. */
	@Transactional
	public PlanVersion revise(IndicatorCode code, PlanDraft draft, String editor) {
		current(code);
		if (draft.code() != null && !draft.code().strip().equals(code.value())) {
			Violations problems = new Violations();
			problems.add("code", "the path names " + code + ", the body " + draft.code().strip());
			problems.throwIfAny("A revision keeps the indicator's code");
		}
		return apply(List.of(checked(draft.withCode(code.value()))), Collections.singletonList(note(draft)), editor).get(0).version();
	}

	/** Retires an indicator (停用): its next version, marked retired, unless it is retired already. */
	@Transactional
	public PlanVersion retire(IndicatorCode code, String note, String editor) {
		return revise(code, PlanDraft.of(current(code).plan()).retired(note), editor);
	}

	/**
	 * Stores plans read and checked already: a new one as version 1, a changed one as its next version, an unchanged
	 * one not at all.
	 *
	 * @param notes the note of each plan's version, by index ({@code null} for none)
	 * @return what became of each plan, by index
	 */
	List<Outcome> apply(List<IndicatorPlan> plans, List<String> notes, String editor) {
		Map<IndicatorCode, PlanVersion> current = store.current(plans.stream().map(IndicatorPlan::code).toList());
		Instant now = clock.instant();
		List<Outcome> outcomes = new ArrayList<>();
		for (int i = 0; i < plans.size(); i++) {
			IndicatorPlan plan = plans.get(i);
			PlanVersion stored = current.get(plan.code());
			if (stored != null && stored.plan().equals(plan)) {
				outcomes.add(new Outcome(Change.UNCHANGED, stored));
				continue;
			}
			PlanVersion version = new PlanVersion(plan, stored == null ? 1 : stored.version() + 1, editor, now,
					notes.get(i));
			store.store(version);
			outcomes.add(new Outcome(stored == null ? Change.CREATED : Change.REVISED, version));
		}
		return outcomes;
	}

	private IndicatorPlan checked(PlanDraft draft) {
		Violations problems = new Violations();
		IndicatorPlan plan = PlanReader.read(draft, problems);
		problems.throwIfAny("The indicator's plan is incomplete or wrong");
		checks.check(List.of(plan), List.of(problems));
		problems.throwIfAny("The indicator's plan does not fit the registry or the departments");
		return plan;
	}

	private PlanVersion current(IndicatorCode code) {
		return store.current(code).orElseThrow(() -> new NotFoundException("The registry has no indicator " + code));
	}

	private static String note(PlanDraft draft) {
		return draft.note() == null || draft.note().isBlank() ? null : draft.note().strip();
	}

	/** What a change did to one indicator. */
	enum Change {
		/** A new indicator, version 1. */
		CREATED,
		/** A changed plan, a new version. */
		REVISED,
		/** The plan as stored already, no version. */
		UNCHANGED
	}

	/**
	 * What became of one plan.
	 *
	 * @param change what was done
	 * @param version the version it now has
	 */
	record Outcome(Change change, PlanVersion version) {
	}
}
