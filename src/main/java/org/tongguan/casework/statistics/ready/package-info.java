/**
 * The statistics' ready data (decision 0015): what each case contributes, the slices of cells per view, day and
 * month with their compact byte form, the runs of handling times and their exact medians, and the report that
 * answers a query from them.
 */
package org.tongguan.casework.statistics.ready;
