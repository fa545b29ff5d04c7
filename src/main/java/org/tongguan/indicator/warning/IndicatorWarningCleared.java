package org.tongguan.indicator.warning;

/**
 * An indicator warning cleared: the value recovered or arrived. Its case (if any) records it; the department still
 * closes the case.
 *
 * @param warning the warning's id
 * @param clearing why it cleared, in words
 */
public record IndicatorWarningCleared(long warning, String clearing) {
}
