package org.tongguan.indicator.registry;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.tongguan.identity.Caller;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.Indicators;
import org.tongguan.shared.NotFoundException;

/**
 * Reads the registry: current plans and their versions, each only for callers its access grade admits (the current
 * grade decides for old versions too); an indicator hidden from the caller is answered like an unknown one.
 */
@Service
public class IndicatorRegistry implements Indicators {

	private final RegistryStore store;

	IndicatorRegistry(RegistryStore store) {
		this.store = store;
	}

	@Override
	public Map<IndicatorCode, IndicatorPlan> plans(Collection<IndicatorCode> codes) {
		return store.current(codes)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().plan()));
	}

	@Override
	public Optional<IndicatorPlan> readable(IndicatorCode code, Caller caller) {
		return visible(code, caller).map(PlanVersion::plan);
	}

	/** The current version of the indicator. */
	public PlanVersion current(IndicatorCode code, Caller caller) {
		return visible(code, caller).orElseThrow(() -> unknown(code));
	}

	/** Every version of the indicator, oldest first. */
	public List<PlanVersion> versions(IndicatorCode code, Caller caller) {
		current(code, caller);
		return store.versions(code);
	}

	/** One version of the indicator. */
	public PlanVersion version(IndicatorCode code, int version, Caller caller) {
		current(code, caller);
		return store.version(code, version)
			.orElseThrow(() -> new NotFoundException("The indicator " + code + " has no version " + version));
	}

	private Optional<PlanVersion> visible(IndicatorCode code, Caller caller) {
		return store.current(code).filter(version -> version.plan().grade().admits(caller, version.plan()));
	}

	private static NotFoundException unknown(IndicatorCode code) {
		return new NotFoundException("The registry has no indicator " + code + " you may see");
	}
}
