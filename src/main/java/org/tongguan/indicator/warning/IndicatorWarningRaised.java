package org.tongguan.indicator.warning;

/**
 * An indicator warning was raised: case handling is asked to open its case. Published inside the transaction that
 * stored the values (or found the lateness).
 *
 * @param warning the warning's id
 */
public record IndicatorWarningRaised(long warning) {
}
