package org.tongguan.indicator.computed;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.CaseQueries;
import org.tongguan.casework.CaseSnapshot;
import org.tongguan.indicator.Frequency;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.Indicators;
import org.tongguan.indicator.Period;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.Regions;
import org.tongguan.shared.PlatformProperties;

/**
 * Which regions and periods a change of one case may move: its street, district and city, and the periods (of the
 * case-based indicators' frequencies) of today, of its report, of its closure and of its due time once passed — the
 * days on which the statistics count it.
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

	/** Marks what the case's change may have moved. */
	void touched(CaseId id) {
		cases.find(id).ifPresent(snapshot -> {
			RegionCode finest = snapshot.street() != null ? snapshot.street() : snapshot.district();
			if (finest == null) {
				return;
			}
			List<RegionCode> touched = regions.lineage(finest).stream()
				.filter(region -> PUBLISHED.contains(region.level()))
				.map(Region::code)
				.toList();
			marks.mark(touched, periods(snapshot));
		});
	}

	private Set<Period> periods(CaseSnapshot snapshot) {
		Instant now = clock.instant();
		Set<LocalDate> days = new HashSet<>();
		Stream.of(now, snapshot.reportedAt(), snapshot.closedAt(), snapshot.dueAt())
			.filter(at -> at != null && !at.isAfter(now))
			.forEach(at -> days.add(LocalDate.ofInstant(at, zone)));
		Set<Frequency> frequencies = EnumSet.noneOf(Frequency.class);
		indicators.plans(computed.cases().stream().map(CaseBasis::indicator).toList())
			.values()
			.stream()
			.map(IndicatorPlan::frequency)
			.forEach(frequencies::add);
		Set<Period> periods = new HashSet<>();
		frequencies.forEach(frequency -> days
			.forEach(day -> periods.add(new Period(frequency, frequency.start(day)))));
		return periods;
	}
}
