/**
 * 数据质量 — the quality badge of an indicator's values in one region, by the dimensions of GB/T 36344-2018
 * (完整性 completeness, 时效性 timeliness, 准确性 validity, 一致性 consistency) over the periods due in a window, read
 * with one query from the stored values and their first revisions.
 */
package org.tongguan.indicator.quality;
