package org.tongguan.indicator.topic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.Indicators;
import org.tongguan.shared.Violations;

/**
 * Checks a topic whole, naming every wrong field: its key, name and texts, each indicator (a code the registry has,
 * not retired, listed once, with a display), each layer (a kind; a CHOROPLETH names one of the topic's indicators),
 * the layout's sections ({@link SectionChecks}); answers the topic in its stored form.
 */
@Component
class TopicChecks {

	/** The most indicators one topic holds. */
	static final int MOST_INDICATORS = 200;

	private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,63}");

	private final Indicators indicators;

	TopicChecks(Indicators indicators) {
		this.indicators = indicators;
	}

	/** The topic as it is stored, or a 400 naming every problem. */
	TopicDraft check(TopicDraft draft) {
		Violations problems = new Violations();
		if (draft.key() == null || !KEY.matcher(draft.key()).matches()) {
			problems.add("key", "is required: 1 to 64 lower-case letters, digits and '-', starting with a letter");
		}
		String name = problems.text(draft.name(), "name", 100, true);
		String description = problems.text(draft.description(), "description", 1000, false);
		List<TopicDraft.Item> items = items(draft.indicators(), problems);
		Set<String> codes = new HashSet<>();
		items.forEach(item -> codes.add(item.code()));
		List<TopicDraft.Layer> layers = layers(draft.layers(), codes, problems);
		int listed = draft.indicators() == null ? 0 : draft.indicators().size();
		if (listed > 0 && listed <= MOST_INDICATORS) {
			SectionChecks.check(draft.layout(), listed, problems);
		}
		problems.throwIfAny("Invalid topic");
		return new TopicDraft(draft.key(), name, description, draft.position() == null ? 0 : draft.position(),
				draft.layout() == null ? Map.of() : draft.layout(), items, layers);
	}

	private List<TopicDraft.Item> items(List<TopicDraft.Item> drafts, Violations problems) {
		if (drafts == null || drafts.isEmpty()) {
			problems.add("indicators", "name at least one indicator");
			return List.of();
		}
		if (drafts.size() > MOST_INDICATORS) {
			problems.add("indicators", "name at most " + MOST_INDICATORS + " indicators");
			return List.of();
		}
		List<IndicatorCode> codes = drafts.stream()
			.map(TopicDraft.Item::code)
			.filter(IndicatorCode::isValid)
			.map(IndicatorCode::of)
			.toList();
		Map<IndicatorCode, IndicatorPlan> plans = indicators.plans(codes);
		List<TopicDraft.Item> items = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < drafts.size(); i++) {
			String field = "indicators[" + i + "]";
			TopicDraft.Item item = drafts.get(i) == null ? new TopicDraft.Item(null, null) : drafts.get(i);
			Display display = problems.choice(Display.class, item.display(), field + ".display", true);
			if (!IndicatorCode.isValid(item.code())) {
				problems.add(field + ".code", "'" + item.code() + "' is not an indicator code: " + IndicatorCode.FORM);
				continue;
			}
			IndicatorPlan plan = plans.get(IndicatorCode.of(item.code()));
			if (plan == null) {
				problems.add(field + ".code", "the registry has no indicator " + item.code());
			}
			else if (plan.retired()) {
				problems.add(field + ".code", "the indicator " + item.code() + " is retired (停用)");
			}
			else if (!seen.add(item.code())) {
				problems.add(field + ".code", "the indicator " + item.code() + " is listed twice");
			}
			else if (display != null) {
				items.add(new TopicDraft.Item(item.code(), display.name()));
			}
		}
		return items;
	}

	private static List<TopicDraft.Layer> layers(List<TopicDraft.Layer> drafts, Set<String> codes,
			Violations problems) {
		List<TopicDraft.Layer> layers = new ArrayList<>();
		for (int i = 0; drafts != null && i < drafts.size(); i++) {
			String field = "layers[" + i + "]";
			TopicDraft.Layer layer = drafts.get(i) == null ? new TopicDraft.Layer(null, null, null) : drafts.get(i);
			LayerKind kind = problems.choice(LayerKind.class, layer.kind(), field + ".kind", true);
			if (kind == LayerKind.CHOROPLETH && (layer.indicator() == null || !codes.contains(layer.indicator()))) {
				problems.add(field + ".indicator", "a CHOROPLETH layer names one of the topic's indicators");
			}
			else if (kind != null && kind != LayerKind.CHOROPLETH && layer.indicator() != null) {
				problems.add(field + ".indicator", "only a CHOROPLETH layer names an indicator");
			}
			else if (kind != null) {
				layers.add(new TopicDraft.Layer(kind.name(), layer.filter() == null ? Map.of() : layer.filter(),
						layer.indicator()));
			}
		}
		return layers;
	}
}
