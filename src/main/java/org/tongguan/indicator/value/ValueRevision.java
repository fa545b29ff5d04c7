package org.tongguan.indicator.value;

import java.time.Instant;

import org.tongguan.indicator.IndicatorValue;

/**
 * One revision of a value: the value with its provenance, and when a correction replaced it.
 *
 * @param value the value as it was sent
 * @param supersededAt when the next revision replaced it, {@code null} for the current one
 */
public record ValueRevision(IndicatorValue value, Instant supersededAt) {
}
