package org.tongguan.indicator.warning;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the indicator warnings (预警).
 *
 * @param latenessCheck whether the scheduled lateness check runs
 * @param latenessInterval how often it runs (its first run one interval after the start)
 * @param category the catalogue sub-category of the cases warnings open (E0511 城市体征指标预警)
 */
@ConfigurationProperties("tongguan.indicator.warning")
public record WarningProperties(@DefaultValue("true") boolean latenessCheck,
		@DefaultValue("PT10M") Duration latenessInterval, @DefaultValue("E0511") String category) {
}
