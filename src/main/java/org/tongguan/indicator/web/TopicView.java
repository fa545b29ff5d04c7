package org.tongguan.indicator.web;

import java.util.List;
import java.util.Map;

import org.tongguan.indicator.topic.Display;
import org.tongguan.indicator.topic.LayerKind;
import org.tongguan.indicator.topic.Topic;

/**
 * A topic (专题) as a caller sees it; written back (without name, unit and position of its indicators) it replaces
 * the topic.
 *
 * @param key its key
 * @param name its name
 * @param description what it shows
 * @param position where it stands among the topics
 * @param layout how the page arranges it
 * @param indicators its indicators the caller may see, in order
 * @param layers its map layers, bottom first
 */
record TopicView(String key, String name, String description, int position, Map<String, Object> layout,
		List<IndicatorItem> indicators, List<LayerItem> layers) {

	static TopicView of(Topic topic) {
		return new TopicView(topic.key(), topic.name(), topic.description(), topic.position(), topic.layout(),
				topic.indicators().stream()
					.map(entry -> new IndicatorItem(entry.plan().code().value(), entry.plan().name(),
							entry.plan().unit(), entry.position(), entry.display()))
					.toList(),
				topic.layers().stream()
					.map(layer -> new LayerItem(layer.kind(), layer.filter(),
							layer.indicator() == null ? null : layer.indicator().value()))
					.toList());
	}

	/**
	 * One indicator of the topic.
	 *
	 * @param code its code
	 * @param name its name
	 * @param unit its unit
	 * @param position its place in the topic, from 1
	 * @param display FIGURE, LINE, BAR or MAP
	 */
	record IndicatorItem(String code, String name, String unit, int position, Display display) {
	}

	/**
	 * One map layer.
	 *
	 * @param kind CASES, DEVICES, ALARMS or CHOROPLETH
	 * @param filter what of it is shown
	 * @param indicator the indicator a CHOROPLETH colours by, absent otherwise
	 */
	record LayerItem(LayerKind kind, Map<String, Object> filter, String indicator) {
	}
}
