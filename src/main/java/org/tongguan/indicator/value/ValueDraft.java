package org.tongguan.indicator.value;

/**
 * One value as a source pushes it or a CSV row gives it.
 *
 * @param indicator the indicator's code, e.g. {@code L8P1-A3}
 * @param region the code of the region it is for, at the indicator's level or above
 * @param period the period it is for, in the form of the indicator's frequency ({@code 2025-03-05},
 *        {@code 2025-W10}, {@code 2025-03}, {@code 2025-Q1}, {@code 2025})
 * @param value the value, in the indicator's unit
 */
public record ValueDraft(String indicator, String region, String period, Double value) {
}
