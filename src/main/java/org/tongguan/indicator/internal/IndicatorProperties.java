package org.tongguan.indicator.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the indicator system (城市体征).
 *
 * @param maxImportRows the most indicators one registry import may hold
 * @param maxBatchValues the most values one push or CSV import may hold; larger loads go in several batches
 * @param maxSeriesValues the most values one read answers; a read that would answer more is asked to narrow its
 *        regions or periods
 */
@ConfigurationProperties("tongguan.indicator")
public record IndicatorProperties(@DefaultValue("10000") int maxImportRows,
		@DefaultValue("100000") int maxBatchValues, @DefaultValue("200000") int maxSeriesValues) {
}
