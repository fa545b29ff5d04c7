package org.tongguan.sensing.alarm;

import java.util.List;

/**
 * One page of alarms, newest first.
 *
 * @param items the page
 * @param total how many match in all
 * @param page the page, from 0
 * @param size the page size
 */
public record AlarmPage(List<AlarmRecord> items, long total, int page, int size) {
}
