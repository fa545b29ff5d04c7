package org.tongguan.casework.statistics;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseFigures;
import org.tongguan.region.RegionCode;

/** The case statistics as {@link CaseFigures} answers them to other modules, over every case of the platform. */
@Component
class ReportFigures implements CaseFigures {

	private final CaseStatistics statistics;

	ReportFigures(CaseStatistics statistics) {
		this.statistics = statistics;
	}

	@Override
	public List<Report> figures(Grouping grouping, RegionCode region, List<Span> periods, boolean medians) {
		GroupBy groupBy = switch (grouping) {
			case CHANNEL -> GroupBy.CHANNEL;
			case CATEGORY -> GroupBy.CATEGORY;
			case TOTAL -> switch (region.value().length()) {
				case 9 -> GroupBy.STREET;
				case 12 -> GroupBy.COMMUNITY;
				case 15 -> GroupBy.GRID;
				default -> GroupBy.DISTRICT;
			};
		};
		return statistics.reports(periods.stream()
			.map(period -> new StatisticsQuery(groupBy, period.from(), period.to(), region, null, null, medians))
			.toList(), RegionCode.PLATFORM)
			.stream()
			.map(report -> new Report(figures(report.total()),
					report.groups().stream().map(ReportFigures::figures).toList()))
			.toList();
	}

	private static Figures figures(GroupStatistics group) {
		HandlingTime time = group.handlingTime();
		return new Figures(group.key(), group.reported(), group.filed(), group.dueToClose(), group.closureRate(),
				group.onTimeClosureRate(), group.reworkRate(), group.accurateDispatchRate(),
				time == null ? null : time.averageWorkingHours(), time == null ? null : time.medianWorkingHours(),
				group.satisfactionRate());
	}
}
