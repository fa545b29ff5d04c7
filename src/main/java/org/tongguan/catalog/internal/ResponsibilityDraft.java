package org.tongguan.catalog.internal;

/**
 * Who handles a sub-category, as stated before validation: department function names per level.
 *
 * @param dispatchLevel CITY, DISTRICT or STREET
 * @param city the function at city level, e.g. CHENGGUAN
 * @param district the function at district level
 * @param street the function at street level
 */
public record ResponsibilityDraft(String dispatchLevel, String city, String district, String street) {
}
