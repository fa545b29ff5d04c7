package org.tongguan.indicator.topic;

import java.util.List;
import java.util.Map;

/**
 * A topic (专题) as clients write it: the body of a create or replace, one item of the demo topics' file, and its
 * stored form. The indicators are shown in the order listed; a counted or named attribute a read answers besides
 * these (an indicator's name, unit and position) is ignored when written.
 *
 * @param key its key in paths, e.g. {@code public-demands}: lower-case letters, digits and '-'
 * @param name its name, e.g. 民生诉求
 * @param description what it shows
 * @param position where it stands among the topics (smaller first)
 * @param layout how the page arranges it, as the console reads it (a JSON object); its {@code sections}
 *        ({@code [{title, from, to}]}, checked by {@code SectionChecks}) group the indicators by position
 * @param indicators its indicators, in order
 * @param layers its map layers, bottom first
 */
public record TopicDraft(String key, String name, String description, Integer position, Map<String, Object> layout,
		List<Item> indicators, List<Layer> layers) {

	/** The same topic under another key (a replace names the key in its path). */
	TopicDraft withKey(String other) {
		return new TopicDraft(other, name, description, position, layout, indicators, layers);
	}

	/**
	 * One indicator of a topic.
	 *
	 * @param code the indicator's code
	 * @param display FIGURE, LINE, BAR or MAP
	 */
	public record Item(String code, String display) {
	}

	/**
	 * One map layer of a topic.
	 *
	 * @param kind CASES, DEVICES, ALARMS or CHOROPLETH
	 * @param filter what of it is shown, as the console passes it to the layer (any JSON object)
	 * @param indicator the indicator a CHOROPLETH colours the regions by (one of the topic's), absent otherwise
	 */
	public record Layer(String kind, Map<String, Object> filter, String indicator) {
	}
}
