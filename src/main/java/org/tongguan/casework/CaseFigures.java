package org.tongguan.casework;

import java.time.Instant;
import java.util.List;

import org.tongguan.region.RegionCode;

/**
 * 案件统计 for other modules: the evaluation figures of the cases in a region's subtree for a period, as the case
 * statistics ({@code GET /api/statistics/cases}, every case of the platform) define and answer them. Implemented by the
 * nested module {@code casework.statistics}, which other modules may not reach directly.
 */
public interface CaseFigures {

	/**
	 * The figures of the cases in the region's subtree for each period, in total and per group, in the periods'
	 * order. Periods of whole city-local days are read together (e.g. a region's days over a year cost about what its
	 * longest period does), so a caller asks for all the periods of a region it needs at once.
	 *
	 * @param medians whether to compute the exact median handling time too
	 */
	List<Report> figures(Grouping grouping, RegionCode region, List<Span> periods, boolean medians);

	/**
	 * A period {@code [from, to)}.
	 *
	 * @param from its first instant
	 * @param to the instant after it
	 */
	record Span(Instant from, Instant to) {
	}

	/** What the groups of a report are. */
	enum Grouping {
		/** 上报渠道 — the key is the channel's name. */
		CHANNEL,
		/** 小类 — the key is the sub-category's code. */
		CATEGORY,
		/**
		 * The region's own subdivisions, for a caller that reads only the total: every region's total comes from the
		 * ready data this way, also a street's, whose figures per channel or sub-category are computed from the cases.
		 */
		TOTAL
	}

	/**
	 * The figures in total and per group.
	 *
	 * @param total all cases counted
	 * @param groups per group, ordered by key
	 */
	record Report(Figures total, List<Figures> groups) {
	}

	/**
	 * The figures of one group of cases; rates are percentages rounded to 0.01, {@code null} over no case, and hours
	 * are working hours, {@code null} when no case was closed.
	 *
	 * @param key the group's key, {@code null} for the total or cases without one
	 * @param reported 上报数
	 * @param filed 立案数
	 * @param dueToClose 应结案数
	 * @param closureRate 结案率
	 * @param onTimeClosureRate 按期结案率
	 * @param reworkRate 返工率
	 * @param accurateDispatchRate 准确派遣率
	 * @param averageWorkingHours 平均处置用时
	 * @param medianWorkingHours 处置用时中位数
	 * @param satisfactionRate 满意率
	 */
	record Figures(String key, long reported, long filed, long dueToClose, Double closureRate,
			Double onTimeClosureRate, Double reworkRate, Double accurateDispatchRate, Double averageWorkingHours,
			Double medianWorkingHours, Double satisfactionRate) {
	}
}
