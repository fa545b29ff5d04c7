package org.tongguan.indicator.value;

import java.util.Optional;

import org.tongguan.identity.Caller;
import org.tongguan.identity.ExternalSystem;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.IndicatorSource;
import org.tongguan.indicator.ValueSource;
import org.tongguan.region.RegionCode;
import org.tongguan.region.Regions;

/**
 * Who sends a batch of values, how, and what it may write: a source system only the indicators it is the source of
 * (一数一源), an administrator any indicator; both only within their data scope.
 *
 * @param source how the values come in
 * @param name the name the values keep as their sender
 * @param refusal why the sender may not write a value
 */
record Sender(ValueSource source, String name, Refusal refusal) {

	/** The sender name of the values the platform computes, as the computed indicators name their source system. */
	static final String PLATFORM = "tongguan";

	/** A source system pushing with its API key. */
	static Sender source(Caller caller, ExternalSystem system, Regions regions) {
		IndicatorSource self = new IndicatorSource(system.department(), system.name());
		return new Sender(ValueSource.PUSH, caller.username(), (plan, region) -> plan.source().equals(self)
				? outside(regions, caller, region)
				: Optional.of(plan.code() + "'s source is the system " + plan.source().system() + " of "
						+ plan.source().department() + ", not " + self.system() + " of " + self.department()));
	}

	/** An administrator importing a file. */
	static Sender administrator(Caller caller, Regions regions) {
		return new Sender(ValueSource.IMPORT, caller.username(), (plan, region) -> outside(regions, caller, region));
	}

	/** The platform itself, writing the values it computes from its own data (sender {@code tongguan}). */
	static Sender platform() {
		return new Sender(ValueSource.COMPUTED, PLATFORM, (plan, region) -> Optional.empty());
	}

	private static Optional<String> outside(Regions regions, Caller caller, RegionCode region) {
		return regions.isWithin(region, caller.scope()) ? Optional.empty()
				: Optional.of("the region " + region + " lies outside the data scope " + caller.scope());
	}

	/** Why a sender may not write an indicator's value for a region. */
	@FunctionalInterface
	interface Refusal {

		/** The reason, empty when the sender may. */
		Optional<String> of(IndicatorPlan plan, RegionCode region);
	}
}
