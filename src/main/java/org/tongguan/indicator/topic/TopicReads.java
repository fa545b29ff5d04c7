package org.tongguan.indicator.topic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.tongguan.identity.Caller;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.Indicators;

/**
 * Reads topics for a caller: every topic, each with only the indicators the caller's access grades admit (the others
 * and the layers drawn from them left out, as if the topic did not name them).
 */
@Service
public class TopicReads {

	private final TopicStore store;

	private final Indicators indicators;

	TopicReads(TopicStore store, Indicators indicators) {
		this.store = store;
		this.indicators = indicators;
	}

	/** Every topic in order, with how many of its indicators the caller may see. */
	public List<TopicSummary> list(Caller caller) {
		List<TopicDraft> topics = store.all();
		Map<IndicatorCode, IndicatorPlan> plans = plans(topics, caller);
		return topics.stream()
			.map(topic -> new TopicSummary(topic.key(), topic.name(), topic.description(), topic.position(),
					(int) topic.indicators().stream().filter(item -> plans.containsKey(code(item))).count()))
			.toList();
	}

	/** The topic as the caller sees it; 404 for an unknown key. */
	public Topic find(String key, Caller caller) {
		TopicDraft topic = store.find(key).orElseThrow(() -> TopicEditor.unknown(key));
		Map<IndicatorCode, IndicatorPlan> plans = plans(List.of(topic), caller);
		List<Topic.Entry> entries = new ArrayList<>();
		for (int i = 0; i < topic.indicators().size(); i++) {
			TopicDraft.Item item = topic.indicators().get(i);
			IndicatorPlan plan = plans.get(code(item));
			if (plan != null) {
				entries.add(new Topic.Entry(plan, i + 1, Display.valueOf(item.display())));
			}
		}
		List<Topic.Layer> layers = topic.layers()
			.stream()
			.filter(layer -> layer.indicator() == null || plans.containsKey(IndicatorCode.of(layer.indicator())))
			.map(layer -> new Topic.Layer(LayerKind.valueOf(layer.kind()), layer.filter(),
					layer.indicator() == null ? null : IndicatorCode.of(layer.indicator())))
			.toList();
		return new Topic(topic.key(), topic.name(), topic.description(), topic.position(), topic.layout(), entries,
				layers);
	}

	/** The current plans of the topics' indicators the caller may see. */
	private Map<IndicatorCode, IndicatorPlan> plans(Collection<TopicDraft> topics, Caller caller) {
		Set<IndicatorCode> codes = topics.stream()
			.flatMap(topic -> topic.indicators().stream())
			.map(TopicReads::code)
			.collect(Collectors.toSet());
		return indicators.plans(codes)
			.entrySet()
			.stream()
			.filter(entry -> entry.getValue().grade().admits(caller, entry.getValue()))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private static IndicatorCode code(TopicDraft.Item item) {
		return IndicatorCode.of(item.code());
	}
}
