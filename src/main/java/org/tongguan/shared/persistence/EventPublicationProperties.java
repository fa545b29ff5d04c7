package org.tongguan.shared.persistence;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the event publication registry's upkeep.
 *
 * @param keepCompleted how long a completed publication stays in the registry (to see what a listener handled)
 * before it is deleted; outstanding publications are never deleted
 */
@ConfigurationProperties("tongguan.events")
record EventPublicationProperties(@DefaultValue("7d") Duration keepCompleted) {
}
