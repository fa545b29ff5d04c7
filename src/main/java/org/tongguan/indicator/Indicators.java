package org.tongguan.indicator;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.tongguan.identity.Caller;

/** The indicator registry as other features read it: the current plans. */
public interface Indicators {

	/** The current plans of those of the indicators the registry has. */
	Map<IndicatorCode, IndicatorPlan> plans(Collection<IndicatorCode> codes);

	/** The current plan of the indicator when the caller may see it (its access grade), empty otherwise. */
	Optional<IndicatorPlan> readable(IndicatorCode code, Caller caller);
}
