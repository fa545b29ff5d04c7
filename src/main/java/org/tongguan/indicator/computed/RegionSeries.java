package org.tongguan.indicator.computed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseFigures;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.internal.IndicatorProperties;
import org.tongguan.indicator.value.ValueDraft;
import org.tongguan.region.Region;
import org.tongguan.region.Regions;
import org.tongguan.shared.PlatformProperties;

/**
 * The case-based values of one region's marked periods of one frequency, from the case statistics asked once per
 * grouping for all the periods together (grouped by channel, by sub-category when an indicator counts a 大类, and —
 * for a period whose indicators are all over every case — by the region's own subdivisions): a history's backfill of
 * a region costs about one statistics read, not one per period.
 */
@Component
class RegionSeries {

	private final ComputedIndicators computed;

	private final CaseFigures statistics;

	private final Regions regions;

	private final ZoneId zone;

	private final long fewestCases;

	RegionSeries(ComputedIndicators computed, CaseFigures statistics, Regions regions, PlatformProperties platform,
			IndicatorProperties properties) {
		this.computed = computed;
		this.statistics = statistics;
		this.regions = regions;
		this.zone = platform.zone();
		this.fewestCases = properties.fewestCasesForRates();
	}

	/**
	 * The values of each of the marks (one region, one frequency), in their order; none when the region is gone. A
	 * mark only imports set leaves out the indicators of one channel other than the imports'.
	 */
	List<List<ValueDraft>> values(List<CaseMarks.Mark> marks, Map<IndicatorCode, IndicatorPlan> plans) {
		Optional<Region> region = regions.find(marks.get(0).region());
		if (region.isEmpty()) {
			return marks.stream().map(mark -> List.<ValueDraft>of()).toList();
		}
		List<CaseBasis> published = computed.cases().stream().filter(basis -> {
			IndicatorPlan plan = plans.get(basis.indicator());
			return plan != null && !plan.retired() && plan.frequency() == marks.get(0).period().frequency()
					&& region.get().level().compareTo(plan.level()) <= 0;
		}).toList();
		Map<CaseMarks.Mark, Map<CaseBasis, CaseFigures.Grouping>> asked = new LinkedHashMap<>();
		Map<CaseFigures.Grouping, Set<CaseMarks.Mark>> byGrouping = new EnumMap<>(CaseFigures.Grouping.class);
		Map<CaseFigures.Grouping, Boolean> medians = new EnumMap<>(CaseFigures.Grouping.class);
		for (CaseMarks.Mark mark : marks) {
			Map<CaseBasis, CaseFigures.Grouping> groupings = groupings(published.stream()
				.filter(basis -> !mark.importedOnly() || basis.movedByImports())
				.toList());
			asked.put(mark, groupings);
			groupings.forEach((basis, grouping) -> {
				byGrouping.computeIfAbsent(grouping, g -> new LinkedHashSet<>()).add(mark);
				medians.merge(grouping, basis.figure() == CaseFigure.MEDIAN_WORKING_HOURS, Boolean::logicalOr);
			});
		}
		Map<CaseFigures.Grouping, Map<CaseMarks.Mark, CaseFigures.Report>> reports = new EnumMap<>(
				CaseFigures.Grouping.class);
		byGrouping.forEach((grouping, marked) -> reports.put(grouping,
				reports(grouping, region.get(), List.copyOf(marked), medians.get(grouping))));
		List<List<ValueDraft>> values = new ArrayList<>();
		asked.forEach((mark, groupings) -> {
			List<ValueDraft> ofMark = new ArrayList<>();
			groupings.forEach((basis, grouping) -> {
				Double value = basis.value(reports.get(grouping).get(mark), fewestCases);
				if (value != null && plans.get(basis.indicator()).validRange().contains(value)) {
					ofMark.add(new ValueDraft(basis.indicator().value(), mark.region().value(), mark.period().text(),
							value));
				}
			});
			values.add(ofMark);
		});
		return values;
	}

	/** The reports of one grouping for the marks' periods, asked for at once. */
	private Map<CaseMarks.Mark, CaseFigures.Report> reports(CaseFigures.Grouping grouping, Region region,
			List<CaseMarks.Mark> marks, boolean medians) {
		List<CaseFigures.Report> answered = statistics.figures(grouping, region.code(), marks.stream()
			.map(mark -> new CaseFigures.Span(start(mark.period().start()), start(mark.period().end())))
			.toList(), medians);
		Map<CaseMarks.Mark, CaseFigures.Report> byMark = new HashMap<>();
		for (int i = 0; i < marks.size(); i++) {
			byMark.put(marks.get(i), answered.get(i));
		}
		return byMark;
	}

	/**
	 * The grouping each basis reads its report in: its own, or for a basis over every case the first grouping
	 * another basis asks for anyway, else the region's subdivisions.
	 */
	private static Map<CaseBasis, CaseFigures.Grouping> groupings(List<CaseBasis> bases) {
		CaseFigures.Grouping totals = bases.stream()
			.map(CaseBasis::grouping)
			.filter(Objects::nonNull)
			.min(Comparator.naturalOrder())
			.orElse(CaseFigures.Grouping.TOTAL);
		Map<CaseBasis, CaseFigures.Grouping> groupings = new LinkedHashMap<>();
		bases.forEach(basis -> groupings.put(basis, basis.grouping() == null ? totals : basis.grouping()));
		return groupings;
	}

	private Instant start(LocalDate day) {
		return day.atStartOfDay(zone).toInstant();
	}
}
