/**
 * Case statistics (案件统计), a nested application module of casework: the evaluation indicators (结案率, 按期结案率,
 * 返工率, 准确派遣率, handling times, 满意率) per region, department, category or channel, read from the case store as
 * a read model. Its API is this package: {@link org.tongguan.casework.statistics.CaseStatistics} defines and answers
 * the indicators, {@link org.tongguan.casework.statistics.ReadyStatistics} folds the cases that the case store marked
 * pending ({@code casework.store.StatisticsLedger}, in the change's own transaction) into the ready data. The
 * dependency runs one way: this module reads casework, casework never calls it.
 * {@code figures} gathers a query's counts and handling times into a report, {@code ready} holds the ready data
 * (decision 0015), {@code web} serves {@code GET /api/statistics/cases}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Case statistics")
package org.tongguan.casework.statistics;
