package org.tongguan.indicator.computed;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.CaseQueries;
import org.tongguan.casework.event.CaseHistoryImported;
import org.tongguan.indicator.Frequency;
import org.tongguan.indicator.Indicators;
import org.tongguan.indicator.Period;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.Regions;
import org.tongguan.shared.PlatformProperties;

/**
 * Which regions and periods a change of cases may move, in the periods of the case-based indicators' frequencies and
 * the regions down to the deepest level an indicator of that frequency is published at: for one case, its street,
 * district and city in the periods of today, of its report, of its closure and of its due time once passed — the days
 * on which the statistics count it; for a history import, the regions its cases lie in and above in every period from
 * the earliest to the latest time its cases name (up to now).
 */
@Component
class CaseTouches {

	private static final Set<RegionLevel> PUBLISHED = EnumSet.of(RegionLevel.CITY, RegionLevel.DISTRICT,
			RegionLevel.STREET);

	private final CaseQueries cases;

	private final Regions regions;

	private final Indicators indicators;

	private final ComputedIndicators computed;

	private final CaseMarks marks;

	private final Clock clock;

	private final ZoneId zone;

	CaseTouches(CaseQueries cases, Regions regions, Indicators indicators, ComputedIndicators computed,
			CaseMarks marks, Clock clock, PlatformProperties platform) {
		this.cases = cases;
		this.regions = regions;
		this.indicators = indicators;
		this.computed = computed;
		this.marks = marks;
		this.clock = clock;
		this.zone = platform.zone();
	}

	/**
	 * Marks what the case's change may have moved; {@code before} names times the change moved the case away from
	 * (a deadline before an extension), whose periods it moved too once they have passed.
	 */
	void touched(CaseId id, Instant... before) {
		cases.find(id).ifPresent(snapshot -> {
			RegionCode finest = snapshot.street() != null ? snapshot.street() : snapshot.district();
			if (finest != null) {
				Set<LocalDate> days = days(Stream.concat(Stream.of(snapshot.reportedAt(), snapshot.closedAt(),
						snapshot.dueAt()), Stream.of(before)));
				marks.mark(keys(List.of(finest),
						frequency -> days.stream().map(day -> new Period(frequency, frequency.start(day)))), false);
			}
		});
	}

	/** Marks what the cases a history import stored may have moved: every period of their span, up to today. */
	void imported(CaseHistoryImported imported) {
		LocalDate first = LocalDate.ofInstant(imported.from(), zone);
		Instant now = clock.instant();
		LocalDate last = LocalDate.ofInstant(imported.to().isAfter(now) ? now : imported.to(), zone);
		if (!first.isAfter(last)) {
			marks.mark(keys(imported.regions(), frequency -> Stream
				.iterate(frequency.start(first), start -> !start.isAfter(last), frequency::next)
				.map(start -> new Period(frequency, start))), true);
		}
	}

	/** The days of today and of those times that have passed. */
	private Set<LocalDate> days(Stream<Instant> times) {
		Instant now = clock.instant();
		Set<LocalDate> days = new HashSet<>();
		Stream.concat(Stream.of(now), times)
			.filter(at -> at != null && !at.isAfter(now))
			.forEach(at -> days.add(LocalDate.ofInstant(at, zone)));
		return days;
	}

	/** The periods of each frequency in the regions and those above them, down to the frequency's deepest level. */
	private List<CaseMarks.Key> keys(Collection<RegionCode> finest, Function<Frequency, Stream<Period>> periods) {
		Set<Region> touched = new HashSet<>();
		finest.forEach(code -> regions.lineage(code)
			.stream()
			.filter(region -> PUBLISHED.contains(region.level()))
			.forEach(touched::add));
		List<CaseMarks.Key> keys = new ArrayList<>();
		deepestLevels().forEach((frequency, deepest) -> {
			List<Period> ofFrequency = periods.apply(frequency).distinct().toList();
			touched.stream()
				.filter(region -> region.level().compareTo(deepest) <= 0)
				.forEach(region -> ofFrequency.forEach(period -> keys.add(new CaseMarks.Key(region.code(), period))));
		});
		return keys;
	}

	/** The deepest level a case-based indicator in use is published at, per frequency. */
	private Map<Frequency, RegionLevel> deepestLevels() {
		Map<Frequency, RegionLevel> deepest = new EnumMap<>(Frequency.class);
		indicators.plans(computed.cases().stream().map(CaseBasis::indicator).toList())
			.values()
			.stream()
			.filter(plan -> !plan.retired())
			.forEach(plan -> deepest.merge(plan.frequency(), plan.level(),
					(one, other) -> one.compareTo(other) >= 0 ? one : other));
		return deepest;
	}
}
