package org.tongguan.sensing.rule;

import java.time.Instant;

/**
 * A rule as stored, with who changed it last and when.
 *
 * @param rule the rule
 * @param updatedBy who created or last edited it ({@code system} for the defaults)
 * @param updatedAt when
 */
public record StoredRule(AlarmRule rule, String updatedBy, Instant updatedAt) {
}
