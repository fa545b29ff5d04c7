package org.tongguan.sensing.alarm;

import java.time.Instant;

/**
 * A comment on an alarm (备注).
 *
 * @param at when it was written
 * @param author who wrote it
 * @param text what it says
 */
public record AlarmComment(Instant at, String author, String text) {
}
