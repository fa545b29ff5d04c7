package org.tongguan.sensing;

import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.Urgency;

/**
 * What case handling needs to open a case (channel SENSOR) for an alarm that reached the level its rule names: the
 * catalogue sub-category of the rule, the device's point, the urgency the rule assigns (null for the category's
 * default) and a description of the reading (what was measured, the threshold, when).
 */
public record AlarmCase(CategoryCode category, double longitude, double latitude, Urgency urgency,
		String description) {
}
