package org.tongguan.casework.history;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Value maps (值映射) of a history import: per field, the old system's values and the platform value each stands for,
 * e.g. {@code {"category": {"A01": "E0101", "乱扔垃圾": "暴露垃圾"}}}. A target is a platform code or exact name
 * (category, department, region) or a constant's name or label (urgency, stage, satisfaction).
 *
 * @param tables field → (old value → platform value)
 */
public record ValueMaps(Map<String, Map<String, String>> tables) {

	/** The fields whose values can be mapped. */
	public static final List<String> FIELDS = List.of("category", "department", "region", "urgency", "stage",
			"satisfaction");

	/** No value maps. */
	public static final ValueMaps NONE = new ValueMaps(Map.of());

	public ValueMaps {
		Map<String, Map<String, String>> copy = new LinkedHashMap<>();
		tables.forEach((field, table) -> copy.put(field,
				table == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(table))));
		tables = Collections.unmodifiableMap(copy);
	}

	/** Whether values of the field can be mapped. */
	public static boolean isMappable(String field) {
		return FIELDS.contains(field);
	}
}
