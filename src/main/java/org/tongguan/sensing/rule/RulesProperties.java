package org.tongguan.sensing.rule;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of alarm rules and the alarm writer.
 *
 * @param reloadInterval how often the stored rules are read again, so edits made on another node take effect here
 *        (edits through this node's API take effect at once)
 * @param noDataInterval how often the no-data rules are checked against the devices' last readings
 * @param writeBatch the most level changes the alarm writer stores in one transaction
 * @param queueCapacity the most level changes waiting for the alarm writer; beyond it changes are dropped and counted
 */
@ConfigurationProperties("tongguan.sensing.rules")
public record RulesProperties(@DefaultValue("30s") Duration reloadInterval,
		@DefaultValue("30s") Duration noDataInterval, @DefaultValue("200") int writeBatch,
		@DefaultValue("100000") int queueCapacity) {
}
