package org.tongguan.catalog;

import org.tongguan.shared.TimeLimit;

/**
 * A 12345 matter type with the time limit for answering it.
 *
 * @param kind which matter type
 * @param limit the time limit for the reply (答复时限)
 * @param practice the practice or rule the limit follows
 */
public record MatterType(MatterKind kind, TimeLimit limit, String practice) {
}
