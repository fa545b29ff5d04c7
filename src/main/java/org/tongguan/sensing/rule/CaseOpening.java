package org.tongguan.sensing.rule;

import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.Urgency;
import org.tongguan.sensing.WarningLevel;

/**
 * When an alarm of a rule opens a case (channel SENSOR) and of what kind: from {@code level} on, in the catalogue
 * sub-category, with the urgency ({@code null} for the category's default).
 *
 * @param level the least severe level that opens a case
 * @param category the sub-category (小类) of the case
 * @param urgency the urgency, may be {@code null}
 */
public record CaseOpening(WarningLevel level, CategoryCode category, Urgency urgency) {
}
