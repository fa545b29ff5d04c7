/**
 * The figures of a statistics query, however they were read (live from the case store or from the ready data): the
 * counts per group, the group keys and names, and the handling times with their averages and medians, gathered into
 * a {@link org.tongguan.casework.statistics.StatisticsReport}.
 */
package org.tongguan.casework.statistics.figures;
