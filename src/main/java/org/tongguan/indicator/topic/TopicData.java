package org.tongguan.indicator.topic;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.tongguan.identity.Caller;
import org.tongguan.identity.Callers;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.internal.ScopeRegions;
import org.tongguan.indicator.topic.TopicDataStore.Latest;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.Regions;
import org.tongguan.shared.PlatformProperties;
import org.tongguan.shared.Violations;

/**
 * 专题数据 — a topic page's data for one region and a span of days: each visible indicator's trend in the region,
 * its latest value, and the latest value of each child region the indicator is published for; read in a few
 * statements of {@code TopicDataStore}, each of up to 128 (indicator, region) pairs.
 */
@Service
public class TopicData {

	/** The longest span one read may ask for, in days. */
	static final int MOST_DAYS = 3 * 366;

	private final TopicReads topics;

	private final TopicDataStore store;

	private final Regions regions;

	private final Callers callers;

	private final PlatformProperties platform;

	private final Clock clock;

	TopicData(TopicReads topics, TopicDataStore store, Regions regions, Callers callers, PlatformProperties platform,
			Clock clock) {
		this.topics = topics;
		this.store = store;
		this.regions = regions;
		this.callers = callers;
		this.platform = platform;
		this.clock = clock;
	}

	/**
	 * The topic's data for the caller.
	 *
	 * @param regionText the region; the caller's data scope when absent (required for a platform-wide scope)
	 * @param fromText the first day, {@code yyyy-MM-dd}; a year before {@code to} when absent
	 * @param toText the last day; today when absent
	 */
	public TopicPage read(String key, String regionText, String fromText, String toText, Caller caller) {
		Topic topic = topics.find(key, caller);
		Violations problems = new Violations();
		Region region = ScopeRegions.read(regions, regionText, caller, problems);
		LocalDate to = day(toText, "to", LocalDate.now(clock.withZone(platform.zone())), problems);
		LocalDate from = to == null ? null : day(fromText, "from", to.minusYears(1).plusDays(1), problems);
		if (from != null && from.isAfter(to)) {
			problems.add("to", "must not lie before from");
		}
		else if (from != null && ChronoUnit.DAYS.between(from, to) >= MOST_DAYS) {
			problems.add("from", "ask for at most " + MOST_DAYS + " days");
		}
		problems.throwIfAny("Invalid topic data request");
		callers.requireScope(caller, region.code());
		List<IndicatorPlan> published = topic.indicators()
			.stream()
			.map(Topic.Entry::plan)
			.filter(plan -> !finer(region.level(), plan.level()))
			.toList();
		List<Region> children = region.level().child() == null ? List.of() : regions.list(region.level().child())
			.stream()
			.filter(child -> region.code().equals(child.parent()))
			.toList();
		Map<IndicatorPlan, List<RegionCode>> probes = new LinkedHashMap<>();
		for (IndicatorPlan plan : published) {
			List<RegionCode> codes = new ArrayList<>();
			codes.add(region.code());
			children.stream().filter(child -> !finer(child.level(), plan.level())).forEach(c -> codes.add(c.code()));
			probes.put(plan, codes);
		}
		Map<IndicatorCode, TopicPage.Trend> series = store.series(published, region.code(), from, to);
		Map<IndicatorCode, Map<RegionCode, Latest>> latest = store.latest(probes, to);
		List<TopicPage.Series> answered = topic.indicators().stream().map(entry -> {
			Map<RegionCode, Latest> values = latest.getOrDefault(entry.plan().code(), Map.of());
			Latest own = values.get(region.code());
			List<TopicPage.RegionPoint> map = children.stream()
				.filter(child -> values.containsKey(child.code()))
				.map(child -> new TopicPage.RegionPoint(child, values.get(child.code()).point().period(),
						values.get(child.code()).point().value()))
				.toList();
			return new TopicPage.Series(entry.plan(), own == null ? null : own.source(),
					own == null ? null : own.point(), series.getOrDefault(entry.plan().code(), TopicPage.Trend.NONE),
					map);
		}).toList();
		return new TopicPage(topic, region, from, to, answered);
	}

	/** Whether {@code level} lies below the finest level the indicator is published for. */
	private static boolean finer(RegionLevel level, RegionLevel published) {
		return level.ordinal() > published.ordinal();
	}

	private static LocalDate day(String text, String field, LocalDate otherwise, Violations problems) {
		if (text == null || text.isBlank()) {
			return otherwise;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeException e) {
			problems.add(field, "'" + text + "' is not a day written like 2026-12-06");
			return null;
		}
	}
}
