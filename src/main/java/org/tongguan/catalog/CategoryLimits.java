package org.tongguan.catalog;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

import org.tongguan.shared.TimeLimit;

/**
 * The time limits of a sub-category: the overall disposal limit (处置时限) for each urgency level it offers and a
 * limit for each stage of the closed loop. A stage limit runs from the stage's start; the overall limit runs over the
 * whole case, so at a more urgent level the overall limit may end a stage before its own limit does.
 *
 * @param defaultUrgency the urgency a case gets unless the operator chooses another; always offered
 * @param urgencyLimits the overall limit per offered urgency level
 * @param stageLimits the limit of every stage
 */
public record CategoryLimits(Urgency defaultUrgency, Map<Urgency, TimeLimit> urgencyLimits,
		Map<Stage, TimeLimit> stageLimits) {

	public CategoryLimits {
		if (defaultUrgency == null || !urgencyLimits.containsKey(defaultUrgency)) {
			throw new IllegalArgumentException("The default urgency needs an overall limit: " + defaultUrgency);
		}
		if (!stageLimits.keySet().containsAll(EnumSet.allOf(Stage.class))) {
			throw new IllegalArgumentException("Every stage needs a limit, got " + stageLimits.keySet());
		}
		urgencyLimits = Collections.unmodifiableMap(new EnumMap<>(urgencyLimits));
		stageLimits = Collections.unmodifiableMap(new EnumMap<>(stageLimits));
	}

	/** The overall disposal limit at the default urgency. */
	public TimeLimit overall() {
		return urgencyLimits.get(defaultUrgency);
	}

	/** The overall disposal limit at an urgency level, empty when the sub-category does not offer that level. */
	public Optional<TimeLimit> overall(Urgency urgency) {
		return Optional.ofNullable(urgencyLimits.get(urgency));
	}

	/** The limit of one stage. */
	public TimeLimit stage(Stage stage) {
		return stageLimits.get(stage);
	}
}
