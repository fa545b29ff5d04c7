package org.tongguan.indicator.registry;

import java.util.List;

/**
 * One page of a registry search.
 *
 * @param items the indicators of the page, in the order of their codes
 * @param total how many the search finds in all
 * @param page the page, from 0
 * @param size the page size
 */
public record RegistryPage(List<IndicatorSummary> items, long total, int page, int size) {
}
