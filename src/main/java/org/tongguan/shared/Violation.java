package org.tongguan.shared;

/**
 * One thing wrong with a request: where (a field path, a feature id or a line) and what.
 *
 * @param field where the problem is, e.g. {@code features[3].properties.code} or {@code line 12}
 * @param message what is wrong, in words an operator understands
 */
public record Violation(String field, String message) {
}
