package org.tongguan.casework.statistics;

/**
 * The indicators of one group (or of all groups together) for a period; rates are percentages rounded to 0.01,
 * {@code null} when their denominator is zero. The definitions are in {@link CaseStatistics}.
 *
 * @param key the group's key (a region code, department code, category code, channel), {@code null} for
 * cases without one
 * @param name the group's name
 * @param reported 上报数
 * @param filed 立案数
 * @param dueToClose 应结案数
 * @param closed 结案数 (of the cases due to close)
 * @param closedOnTime 按期结案数
 * @param closureRate 结案率 = closed / due to close
 * @param onTimeClosureRate 按期结案率 = closed on time / due to close
 * @param grade the grade of the on-time closure rate
 * @param reworked 返工数 (cases due to close that were sent back after verification)
 * @param reworkRate 返工率 = reworked / due to close
 * @param dispatched 派遣数
 * @param wronglyDispatched 错误派遣数 (returned as not theirs)
 * @param accuratelyDispatched 准确派遣数 = dispatched − wrongly dispatched
 * @param accurateDispatchRate 准确派遣率 = accurately dispatched / dispatched
 * @param handlingTime 处置用时, filing to closure
 * @param evaluated 回访数
 * @param satisfied 满意数 (satisfied or basically satisfied)
 * @param satisfactionRate 满意率 = satisfied / evaluated
 */
public record GroupStatistics(String key, String name, long reported, long filed, long dueToClose, long closed,
		long closedOnTime, Double closureRate, Double onTimeClosureRate, Grade grade, long reworked, Double reworkRate,
		long dispatched, long wronglyDispatched, long accuratelyDispatched, Double accurateDispatchRate,
		HandlingTime handlingTime, long evaluated, long satisfied, Double satisfactionRate) {
}
