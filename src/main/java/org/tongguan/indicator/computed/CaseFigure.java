package org.tongguan.indicator.computed;

import java.util.function.Function;

import org.tongguan.casework.CaseFigures.Figures;

/** A figure of the case statistics an indicator takes its values from (the definitions are the statistics'). */
enum CaseFigure {
	/** 上报数 — cases reported in the period. */
	REPORTED(group -> (double) group.reported()),
	/** 立案数 — cases filed in the period. */
	FILED(group -> (double) group.filed()),
	/** 应结案数. */
	DUE_TO_CLOSE(group -> (double) group.dueToClose()),
	/** 结案率 in percent. */
	CLOSURE_RATE(Figures::closureRate),
	/** 按期结案率 in percent. */
	ON_TIME_CLOSURE_RATE(Figures::onTimeClosureRate),
	/** 返工率 in percent. */
	REWORK_RATE(Figures::reworkRate),
	/** 准确派遣率 in percent. */
	ACCURATE_DISPATCH_RATE(Figures::accurateDispatchRate),
	/** 平均处置用时 in working hours. */
	AVERAGE_WORKING_HOURS(Figures::averageWorkingHours),
	/** 处置用时中位数 in working hours (the exact median). */
	MEDIAN_WORKING_HOURS(Figures::medianWorkingHours),
	/** 满意率 in percent. */
	SATISFACTION_RATE(Figures::satisfactionRate),
	/** The share of the cases reported in the period that the group reported, in percent (e.g. 热线渠道诉求占比). */
	SHARE_OF_REPORTED(group -> (double) group.reported());

	private final Function<Figures, Double> figure;

	CaseFigure(Function<Figures, Double> figure) {
		this.figure = figure;
	}

	/** The figure of one group of cases ({@link #SHARE_OF_REPORTED}: its part); {@code null} for a rate over no case. */
	Double of(Figures group) {
		return figure.apply(group);
	}

	/** Whether the figure is a count that adds up over groups of cases (so over sub-categories of one 大类). */
	boolean additive() {
		return this == REPORTED || this == FILED || this == DUE_TO_CLOSE;
	}
}
