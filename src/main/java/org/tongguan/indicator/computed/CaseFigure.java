package org.tongguan.indicator.computed;

import java.util.function.Function;

import org.tongguan.casework.CaseFigures.Figures;

/** A figure of the case statistics an indicator takes its values from (the definitions are the statistics'). */
enum CaseFigure {
	/** 上报数 — cases reported in the period. */
	REPORTED(group -> (double) group.reported(), true),
	/** 立案数 — cases filed in the period. */
	FILED(group -> (double) group.filed(), false),
	/** 应结案数. */
	DUE_TO_CLOSE(group -> (double) group.dueToClose(), false),
	/** 结案率 in percent. */
	CLOSURE_RATE(Figures::closureRate, false),
	/** 按期结案率 in percent. */
	ON_TIME_CLOSURE_RATE(Figures::onTimeClosureRate, false),
	/** 返工率 in percent. */
	REWORK_RATE(Figures::reworkRate, false),
	/** 准确派遣率 in percent. */
	ACCURATE_DISPATCH_RATE(Figures::accurateDispatchRate, false),
	/** 平均处置用时 in working hours. */
	AVERAGE_WORKING_HOURS(Figures::averageWorkingHours, false),
	/** 处置用时中位数 in working hours (the exact median). */
	MEDIAN_WORKING_HOURS(Figures::medianWorkingHours, false),
	/** 满意率 in percent. */
	SATISFACTION_RATE(Figures::satisfactionRate, false),
	/** The group's share of all cases reported in the period, in percent (e.g. 热线渠道诉求占比). */
	SHARE_OF_REPORTED(group -> (double) group.reported(), true);

	private final Function<Figures, Double> figure;

	private final boolean byReportTime;

	CaseFigure(Function<Figures, Double> figure, boolean byReportTime) {
		this.figure = figure;
		this.byReportTime = byReportTime;
	}

	/** The figure of one group of cases; {@code null} for a rate without a denominator. */
	Double of(Figures group) {
		return figure.apply(group);
	}

	/** Whether the figure is a count that adds up over groups of cases (so over sub-categories of one 大类). */
	boolean additive() {
		return this == REPORTED || this == FILED || this == DUE_TO_CLOSE;
	}

	/** Whether the cases it counts are those reported in the period (so the case list shows exactly them). */
	boolean byReportTime() {
		return byReportTime;
	}
}
