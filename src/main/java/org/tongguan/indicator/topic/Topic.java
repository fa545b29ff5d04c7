package org.tongguan.indicator.topic;

import java.util.List;
import java.util.Map;

import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.IndicatorPlan;

/**
 * 专题 — a topic as one caller sees it: only the indicators (and the layers drawn from them) its access grades admit.
 *
 * @param key its key
 * @param name its name
 * @param description what it shows
 * @param position where it stands among the topics
 * @param layout how the page arranges it
 * @param indicators its indicators the caller may see, in order
 * @param layers its map layers, bottom first
 */
public record Topic(String key, String name, String description, int position, Map<String, Object> layout,
		List<Entry> indicators, List<Layer> layers) {

	/**
	 * One indicator of the topic.
	 *
	 * @param plan its current plan
	 * @param position its place in the topic as defined, from 1
	 * @param display how it is shown
	 */
	public record Entry(IndicatorPlan plan, int position, Display display) {
	}

	/**
	 * One map layer.
	 *
	 * @param kind what it shows
	 * @param filter what of it is shown
	 * @param indicator the indicator a CHOROPLETH colours by, {@code null} otherwise
	 */
	public record Layer(LayerKind kind, Map<String, Object> filter, IndicatorCode indicator) {
	}
}
