package org.tongguan.indicator.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the demo indicator system.
 *
 * @param enabled whether a demo platform (tongguan.demo) fills an empty indicator registry with the demo registry
 *        and its values
 * @param seed the seed of the demo values: the same seed gives the same values for the same periods
 */
@ConfigurationProperties("tongguan.indicator.demo")
public record IndicatorDemoProperties(@DefaultValue("true") boolean enabled, @DefaultValue("17") long seed) {
}
