package org.tongguan.indicator;

/**
 * Where an indicator appears in a reference framework, e.g. ISO 37120 clause {@code 8.1}.
 *
 * @param framework the framework
 * @param clause the framework's clause or indicator number
 */
public record FrameworkReference(Framework framework, String clause) {
}
