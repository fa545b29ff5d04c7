package org.tongguan.casework.query;

import java.util.List;

/**
 * One page of a list.
 *
 * @param items what the page holds
 * @param total how many there are in all
 * @param page the page, from 0
 * @param size the page size asked for
 * @param <T> what is listed
 */
public record CasePage<T>(List<T> items, long total, int page, int size) {
}
