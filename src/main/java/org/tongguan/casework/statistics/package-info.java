/**
 * Case statistics (案件统计): the evaluation indicators (结案率, 按期结案率, 返工率, 准确派遣率, handling times, 满意率)
 * per region, department, category or channel, read straight from the case store as a read model;
 * {@link org.tongguan.casework.statistics.CaseStatistics} defines them, {@code web} serves them at
 * {@code GET /api/statistics/cases}.
 */
package org.tongguan.casework.statistics;
