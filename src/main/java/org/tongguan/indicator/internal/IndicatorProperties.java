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
 * @param fewestCasesForRates the fewest cases reported in a period and region for which a rate, share, mean or median
 *        is computed from the cases (样本量); below it the platform publishes no such value
 */
@ConfigurationProperties("tongguan.indicator")
public record IndicatorProperties(@DefaultValue("10000") int maxImportRows,
		@DefaultValue("100000") int maxBatchValues, @DefaultValue("200000") int maxSeriesValues,
		@DefaultValue("30") long fewestCasesForRates) {
}
