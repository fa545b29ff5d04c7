package org.tongguan.sensing.alarm;

import java.util.List;

/**
 * An alarm with its history and comments.
 *
 * @param alarm the alarm
 * @param history every change of its level and state, in order
 * @param comments the comments on it, in order
 */
public record AlarmDetails(AlarmRecord alarm, List<AlarmHistoryEntry> history, List<AlarmComment> comments) {
}
