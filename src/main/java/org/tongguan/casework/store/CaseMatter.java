package org.tongguan.casework.store;

import org.tongguan.calendar.CalendarKind;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.CategoryVersionId;
import org.tongguan.catalog.MatterKind;
import org.tongguan.catalog.Urgency;

/**
 * What a case is about: its category as of the catalogue version its limits come from, and how urgent it is.
 *
 * @param category the sub-category
 * @param version the catalogue version (the one in force at intake, pinned again at filing)
 * @param categoryName the sub-category's name in that version
 * @param matterType the 12345 matter type, may be {@code null}
 * @param urgency how urgent it is
 * @param calendar the clock its limits run on (24×7 for round-the-clock categories)
 * @param description the reported description
 */
public record CaseMatter(CategoryCode category, CategoryVersionId version, String categoryName, MatterKind matterType,
		Urgency urgency, CalendarKind calendar, String description) {
}
