package org.tongguan.indicator.computed;

import java.util.List;

import org.tongguan.casework.CaseFigures;
import org.tongguan.casework.CaseFigures.Figures;
import org.tongguan.casework.Channel;
import org.tongguan.indicator.IndicatorCode;

/**
 * Which figure of the case statistics an indicator's values are, over all cases, the cases of one channel, or those of
 * the sub-categories of one category code prefix (a 大类 such as {@code E05}, or {@code C} for every component).
 *
 * @param indicator the indicator
 * @param figure the figure
 * @param channel only the cases of this channel, or {@code null}
 * @param category only the cases whose sub-category code starts with this, or {@code null}
 */
record CaseBasis(IndicatorCode indicator, CaseFigure figure, Channel channel, String category) {

	CaseBasis {
		if (channel != null && category != null) {
			throw new IllegalArgumentException(indicator + ": a channel or a category, not both");
		}
		if (category != null && !figure.additive() && figure != CaseFigure.SHARE_OF_REPORTED) {
			throw new IllegalArgumentException(indicator + ": " + figure + " does not add up over sub-categories");
		}
	}

	/** The grouping of the statistics report the value is read from; {@code null} when any report's total serves. */
	CaseFigures.Grouping grouping() {
		if (category != null) {
			return CaseFigures.Grouping.CATEGORY;
		}
		return channel != null ? CaseFigures.Grouping.CHANNEL : null;
	}

	/**
	 * Whether imported history may move the value: imported cases are of their own channel, so a figure of one other
	 * channel's cases stays (a share of all reported cases does not).
	 */
	boolean movedByImports() {
		return channel == null || channel == Channel.HISTORY_IMPORT || figure == CaseFigure.SHARE_OF_REPORTED;
	}

	/**
	 * The value in a report of {@link #grouping()}; {@code null} when the figure has none: a rate over no case, or a
	 * rate, share, mean or median over fewer than {@code fewestCases} reported cases (样本量不足: on the first morning
	 * of a month, 结案率 over three new cases would be 0 % and warn red).
	 */
	Double value(CaseFigures.Report report, long fewestCases) {
		List<Figures> groups = channel == null && category == null ? List.of(report.total())
				: report.groups().stream().filter(this::selects).toList();
		if (figure.additive()) {
			return groups.stream().mapToDouble(figure::of).sum();
		}
		if (figure == CaseFigure.SHARE_OF_REPORTED) {
			return report.total().reported() < fewestCases ? null
					: share(groups.stream().mapToDouble(figure::of).sum(), report.total());
		}
		return groups.isEmpty() || groups.get(0).reported() < fewestCases ? null : figure.of(groups.get(0));
	}

	private boolean selects(Figures group) {
		return group.key() != null
				&& (channel != null ? group.key().equals(channel.name()) : group.key().startsWith(category));
	}

	private static Double share(double part, Figures all) {
		return all.reported() == 0 ? null : Math.round(10_000.0 * part / all.reported()) / 100.0;
	}
}
