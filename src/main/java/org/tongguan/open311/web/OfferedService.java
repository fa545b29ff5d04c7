package org.tongguan.open311.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.tongguan.catalog.CategoryDefinition;
import org.tongguan.catalog.CategoryVersion;
import org.tongguan.catalog.Urgency;
import org.tongguan.shared.TimeLimit;

/**
 * One Open311 service: a catalogue sub-category (小类) with its major category (大类) as the group, offering the
 * {@code urgency} attribute (紧急程度, the levels the sub-category has limits for) and, for information, its closing
 * conditions (结案标准).
 *
 * @param version the sub-category's current version
 * @param group the name of its major category
 */
record OfferedService(CategoryVersion version, String group) {

	/** The attribute a client sets to choose the urgency, e.g. {@code attribute[urgency]=URGENT}. */
	static final String URGENCY = "urgency";

	/** The informational attribute (variable false) that shows the closing conditions. */
	static final String CLOSING_CONDITIONS = "closing_conditions";

	String code() {
		return version.code().value();
	}

	private CategoryDefinition definition() {
		return version.definition();
	}

	/** The service in the service list. */
	Node service() {
		CategoryDefinition definition = definition();
		String kind = version.code().kind().label();
		return Node.element("service", Node.value("service_code", code()),
				Node.value("service_name", definition.name()),
				Node.value("description", kind + "/" + group + "/" + definition.name() + "，"
						+ limits(definition.limits().urgencyLimits())),
				Node.value("metadata", true), Node.value("type", "realtime"),
				Node.value("keywords", String.join(", ", definition.name(), group, kind, code())),
				Node.value("group", group));
	}

	/** The service definition with its attributes. */
	Node definitionDocument() {
		CategoryDefinition definition = definition();
		Urgency fallback = definition.limits().defaultUrgency();
		List<Node> attributes = new ArrayList<>();
		attributes.add(Node.element("attribute", Node.value("variable", true), Node.value("code", URGENCY),
				Node.value("datatype", "singlevaluelist"), Node.value("required", false),
				Node.value("datatype_description", "不选时按" + fallback.label() + "处理 (default " + fallback + ")"),
				Node.value("order", 1),
				Node.value("description", "紧急程度 (urgency)：" + limits(definition.limits().urgencyLimits())),
				Node.items("values", definition.limits().urgencyLimits().keySet().stream()
					.map(urgency -> Node.element("value", Node.value("key", urgency.name()),
							Node.value("name", urgency.label())))
					.toList())));
		if (definition.closingConditions() != null) {
			attributes.add(Node.element("attribute", Node.value("variable", false),
					Node.value("code", CLOSING_CONDITIONS), Node.value("datatype", "text"),
					Node.value("required", false), Node.value("datatype_description", null), Node.value("order", 2),
					Node.value("description", "结案标准：" + definition.closingConditions())));
		}
		return Node.element("service_definition", Node.value("service_code", code()),
				Node.items("attributes", attributes));
	}

	/**
	 * The urgency a client chose by its key, the sub-category's default when none was chosen.
	 *
	 * @throws Open311Exception 400 when the key is not one of the levels the service offers
	 */
	Urgency urgency(String key) {
		if (key == null || key.isBlank()) {
			return definition().limits().defaultUrgency();
		}
		return definition().limits().urgencyLimits().keySet().stream()
			.filter(urgency -> urgency.name().equals(key.strip()))
			.findFirst()
			.orElseThrow(() -> Open311Exception.badRequest("attribute[" + URGENCY + "] '" + key + "' is not offered by "
					+ "service " + code() + "; use one of " + definition().limits().urgencyLimits().keySet()));
	}

	/**
	 * What the city will do (service_notice): the time limit at the urgency ({@code null} for the default) and the
	 * closing conditions.
	 */
	String notice(Urgency urgency) {
		CategoryDefinition definition = definition();
		Urgency level = urgency == null || definition.limits().overall(urgency).isEmpty()
				? definition.limits().defaultUrgency() : urgency;
		String notice = "按事项清单，" + definition.name() + "（" + level.label() + "）的处置时限为"
				+ text(definition.limits().overall(level).orElseThrow()) + "。";
		String closing = definition.closingConditions();
		if (closing == null) {
			return notice;
		}
		return notice + "结案标准：" + closing + (closing.endsWith("。") ? "" : "。");
	}

	private String limits(Map<Urgency, TimeLimit> limits) {
		return limits.entrySet().stream()
			.map(entry -> entry.getKey().label() + "件处置时限" + text(entry.getValue()))
			.collect(Collectors.joining("；"));
	}

	/** A limit in words: 1个工作日, 5个工作小时, or 24小时 on the round-the-clock calendar of emergencies. */
	private String text(TimeLimit limit) {
		boolean days = limit.unit() == TimeLimit.Unit.WORKING_DAYS;
		if (definition().roundTheClock()) {
			return limit.amount() + (days ? "天" : "小时");
		}
		return limit.amount() + (days ? "个工作日" : "个工作小时");
	}
}
