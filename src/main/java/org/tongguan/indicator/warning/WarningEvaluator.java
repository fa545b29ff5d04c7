package org.tongguan.indicator.warning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.IndicatorValuesRecorded;
import org.tongguan.indicator.IndicatorValuesRecorded.Recorded;
import org.tongguan.indicator.Indicators;
import org.tongguan.indicator.warning.SeriesFigures.Figure;
import org.tongguan.region.RegionCode;

/**
 * Evaluates stored values inside the transaction that stored them. Only the latest period of a series raises,
 * changes or clears its warnings: of each region's values in a batch only the newest is looked at, and only when no
 * later period of that region is stored, so a history import or a correction of an old period opens nothing. Per
 * indicator of a batch a few queries read what the rules need (the regions' latest periods, the previous and
 * year-ago figures); the open warnings of all the batch's indicators come in one. A value for the period a lateness
 * warning waits for (or a later one) clears it.
 */
@Component
class WarningEvaluator {

	private final Indicators indicators;

	private final SeriesFigures figures;

	private final WarningStore store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WarningEvaluator(Indicators indicators, SeriesFigures figures, WarningStore store,
			ApplicationEventPublisher events, Clock clock) {
		this.indicators = indicators;
		this.figures = figures;
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void on(IndicatorValuesRecorded recorded) {
		Map<IndicatorCode, Map<RegionCode, Recorded>> newest = new LinkedHashMap<>();
		for (Recorded value : recorded.values()) {
			newest.computeIfAbsent(value.indicator(), code -> new LinkedHashMap<>())
				.merge(value.region(), value, (one, other) -> one.period().start().isAfter(other.period().start())
						? one : other);
		}
		Map<IndicatorCode, IndicatorPlan> plans = indicators.plans(newest.keySet());
		Map<Series, Map<WarningKind, IndicatorWarning>> open = store.open(newest.keySet());
		Instant now = clock.instant();
		newest.forEach((code, regions) -> {
			IndicatorPlan plan = plans.get(code);
			if (plan == null) {
				return;
			}
			clearLateness(plan, regions.values(), open, now);
			boolean anyOpen = regions.keySet().stream().anyMatch(region -> open.containsKey(new Series(code, region)));
			if (plan.thresholds().warns() || anyOpen) {
				evaluate(plan, regions, open, now);
			}
		});
	}

	private void evaluate(IndicatorPlan plan, Map<RegionCode, Recorded> newest,
			Map<Series, Map<WarningKind, IndicatorWarning>> open, Instant now) {
		LocalDate from = newest.values().stream().map(value -> value.period().start()).min(Comparator.naturalOrder())
			.orElseThrow();
		Map<RegionCode, LocalDate> latest = figures.latest(plan.code(), from);
		List<Recorded> candidates = newest.values()
			.stream()
			.filter(value -> value.period().start().equals(latest.get(value.region())))
			.toList();
		Set<LocalDate> bases = new HashSet<>();
		for (Recorded value : candidates) {
			if (plan.thresholds().previousChange() != null) {
				bases.add(WarningRules.previous(value.period()));
			}
			if (plan.thresholds().yearChange() != null) {
				bases.add(WarningRules.yearAgo(value.period()));
			}
		}
		Map<Figure, Double> base = figures.figures(plan.code(), bases);
		for (Recorded value : candidates) {
			Series series = new Series(plan.code(), value.region());
			Map<WarningKind, IndicatorWarning> openKinds = open.getOrDefault(series, Map.of());
			IndicatorWarning band = openKinds.get(WarningKind.BAND);
			Map<WarningKind, Optional<Finding>> findings = new EnumMap<>(WarningKind.class);
			findings.put(WarningKind.BAND, WarningRules.band(plan, value.value(), band == null ? null : band.level()));
			findings.put(WarningKind.CHANGE_PREVIOUS, WarningRules.change(WarningKind.CHANGE_PREVIOUS, plan,
					value.value(), base.get(new Figure(value.region(), WarningRules.previous(value.period())))));
			findings.put(WarningKind.CHANGE_YEAR, WarningRules.change(WarningKind.CHANGE_YEAR, plan, value.value(),
					base.get(new Figure(value.region(), WarningRules.yearAgo(value.period())))));
			findings.put(WarningKind.TARGET_GAP, WarningRules.targetGap(plan, value.value()));
			findings.forEach((kind, finding) -> decide(series, plan, value, finding, openKinds.get(kind), kind, now));
		}
	}

	private void decide(Series series, IndicatorPlan plan, Recorded value, Optional<Finding> finding,
			IndicatorWarning open, WarningKind kind, Instant now) {
		if (finding.isPresent() && open == null) {
			long id = store.raise(series, value.period().start(), finding.get(), plan.responsibleDepartment(), now);
			events.publishEvent(new IndicatorWarningRaised(id));
		}
		else if (finding.isPresent()) {
			Finding found = finding.get();
			if (found.level() != open.level() || !value.period().start().equals(open.periodStart())
					|| !found.message().equals(open.message())) {
				store.change(open, value.period().start(), found, now);
			}
		}
		else if (open != null) {
			clear(open, plan.name() + " " + value.period() + " 的值 " + WarningRules.number(value.value()) + " "
					+ plan.unit() + " 已恢复，" + kind.label() + "预警解除", now);
		}
	}

	private void clearLateness(IndicatorPlan plan, Iterable<Recorded> values,
			Map<Series, Map<WarningKind, IndicatorWarning>> open, Instant now) {
		LocalDate newest = null;
		for (Recorded value : values) {
			newest = newest == null || value.period().start().isAfter(newest) ? value.period().start() : newest;
		}
		for (Map.Entry<Series, Map<WarningKind, IndicatorWarning>> series : open.entrySet()) {
			IndicatorWarning late = series.getValue().get(WarningKind.LATE);
			if (series.getKey().indicator().equals(plan.code()) && late != null && newest != null
					&& !newest.isBefore(late.periodStart())) {
				clear(late, plan.name() + " 的数据已报送，迟报预警解除", now);
			}
		}
	}

	private void clear(IndicatorWarning warning, String clearing, Instant now) {
		store.clear(warning.id(), clearing, now);
		events.publishEvent(new IndicatorWarningCleared(warning.id(), clearing));
	}
}
