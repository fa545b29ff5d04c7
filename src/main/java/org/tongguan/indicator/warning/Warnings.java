package org.tongguan.indicator.warning;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.tongguan.identity.Caller;
import org.tongguan.identity.Role;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.Indicators;
import org.tongguan.indicator.WarningLevel;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.Regions;
import org.tongguan.shared.ConflictException;
import org.tongguan.shared.NotFoundException;
import org.tongguan.shared.Violations;

/**
 * The warnings as callers read and acknowledge them. A caller sees a warning when the indicator's access grade admits
 * it and the warning's region lies within its data scope, or when it belongs to the department the warning goes to;
 * others answer 404 or are left out. Acknowledging (确认) is for the users of that department and for shift leads,
 * leaders and administrators who see the warning.
 */
@Service
public class Warnings {

	/** The most warnings a list looks through, newest first, before paging. */
	static final int MOST_LISTED = 5000;

	/** The most warnings one page answers. */
	static final int MOST_PER_PAGE = 200;

	private static final Set<Role> ACKNOWLEDGING = EnumSet.of(Role.SHIFT_LEAD, Role.LEADER, Role.ADMIN);

	private final WarningStore store;

	private final Indicators indicators;

	private final Regions regions;

	private final Clock clock;

	Warnings(WarningStore store, Indicators indicators, Regions regions, Clock clock) {
		this.store = store;
		this.indicators = indicators;
		this.regions = regions;
		this.clock = clock;
	}

	/**
	 * One page of the warnings the caller sees, newest first.
	 *
	 * @param states ACTIVE, ACKNOWLEDGED, CLEARED; none for ACTIVE and ACKNOWLEDGED
	 * @param indicator only this indicator's, {@code null} for any (so for region, level and kind)
	 */
	public WarningPage list(List<String> states, String indicator, String region, String level, String kind,
			int page, int size, Caller caller) {
		Violations problems = new Violations();
		Set<WarningState> chosen = EnumSet.noneOf(WarningState.class);
		(states == null || states.isEmpty() ? List.of("ACTIVE", "ACKNOWLEDGED") : states)
			.forEach(state -> Optional.ofNullable(problems.choice(WarningState.class, state, "state", true))
				.ifPresent(chosen::add));
		IndicatorCode code = null;
		if (indicator != null && !IndicatorCode.isValid(indicator)) {
			problems.add("indicator", "'" + indicator + "' is not an indicator code: " + IndicatorCode.FORM);
		}
		else if (indicator != null) {
			code = IndicatorCode.of(indicator);
		}
		if (region != null && !RegionCode.isValid(region)) {
			problems.add("region", "'" + region + "' is not a region code");
		}
		WarningLevel chosenLevel = problems.choice(WarningLevel.class, level, "level", false);
		WarningKind chosenKind = problems.choice(WarningKind.class, kind, "kind", false);
		if (page < 0) {
			problems.add("page", "must be 0 or more");
		}
		if (size < 1 || size > MOST_PER_PAGE) {
			problems.add("size", "must lie between 1 and " + MOST_PER_PAGE);
		}
		problems.throwIfAny("Invalid warnings request");
		Map<IndicatorCode, Optional<IndicatorPlan>> plans = new HashMap<>();
		List<Shown> seen = store.list(chosen, code, region == null ? null : RegionCode.of(region), chosenLevel,
				chosenKind, MOST_LISTED)
			.stream()
			.map(warning -> shown(warning, plans, caller))
			.flatMap(Optional::stream)
			.toList();
		long first = (long) page * size;
		List<Shown> items = first >= seen.size() ? List.of()
				: seen.subList((int) first, (int) Math.min(seen.size(), first + size));
		return new WarningPage(items, seen.size(), page, size);
	}

	/** One warning the caller sees. */
	public Shown read(long id, Caller caller) {
		return store.find(id)
			.flatMap(warning -> shown(warning, new HashMap<>(), caller))
			.orElseThrow(() -> new NotFoundException("There is no warning " + id + " you may see"));
	}

	/**
	 * Acknowledges an ACTIVE warning (确认) with an optional note.
	 *
	 * @throws AccessDeniedException unless the caller is of the warning's department, a shift lead, a leader or an
	 *         administrator
	 * @throws ConflictException when the warning is acknowledged already or cleared
	 */
	public Shown acknowledge(long id, String note, Caller caller) {
		Shown shown = read(id, caller);
		if (note != null && note.length() > 500) {
			Violations problems = new Violations();
			problems.add("note", "has at most 500 characters");
			problems.throwIfAny("Invalid acknowledgement");
		}
		boolean own = shown.warning().department().equals(caller.department());
		if (!own && caller.roles().stream().noneMatch(ACKNOWLEDGING::contains)) {
			throw new AccessDeniedException("Only the users of " + shown.warning().department() + ", shift leads, "
					+ "leaders and administrators acknowledge this warning");
		}
		if (!store.acknowledge(id, caller.username(), note == null || note.isBlank() ? null : note.strip(),
				clock.instant())) {
			throw new ConflictException("Warning " + id + " is " + shown.warning().state() + "; only an ACTIVE "
					+ "warning is acknowledged");
		}
		return read(id, caller);
	}

	private Optional<Shown> shown(IndicatorWarning warning, Map<IndicatorCode, Optional<IndicatorPlan>> plans,
			Caller caller) {
		Optional<IndicatorPlan> plan = plans.computeIfAbsent(warning.indicator(),
				code -> indicators.readable(code, caller));
		boolean within = warning.department().equals(caller.department())
				|| regions.isWithin(warning.region(), caller.scope());
		return plan.filter(found -> within).map(found -> new Shown(warning, found, regions.find(warning.region())
			.map(Region::name)
			.orElse(warning.region().value())));
	}

	/**
	 * A warning as a caller sees it, with its indicator's plan and its region's name.
	 *
	 * @param warning the warning
	 * @param plan its indicator's current plan
	 * @param regionName its region's name
	 */
	public record Shown(IndicatorWarning warning, IndicatorPlan plan, String regionName) {
	}

	/**
	 * One page of warnings.
	 *
	 * @param items the warnings of the page, newest first
	 * @param total how many the caller sees in all
	 * @param page the page, from 0
	 * @param size the page's size
	 */
	public record WarningPage(List<Shown> items, long total, int page, int size) {
	}
}
