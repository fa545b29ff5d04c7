package org.tongguan.casework.history;

import java.util.ArrayList;
import java.util.List;

import org.tongguan.casework.Channel;
import org.tongguan.casework.history.row.HistoryCase;
import org.tongguan.casework.statistics.CountedCase;
import org.tongguan.casework.store.CaseMatter;
import org.tongguan.casework.store.CasePlace;
import org.tongguan.casework.store.Milestones;
import org.tongguan.casework.store.Tally;

/**
 * The statistics' view of the cases an import job just stored: the values of each stored row that its contribution is
 * computed from, taken from the validated row the job holds rather than read back from the case store.
 */
final class CountedRows {

	private CountedRows() {
	}

	/** The stored cases as the statistics count them, with the ids they were stored under (in the same order). */
	static List<CountedCase> counted(List<HistoryCase> cases, long[] ids) {
		List<CountedCase> counted = new ArrayList<>(cases.size());
		for (int i = 0; i < ids.length; i++) {
			counted.add(counted(cases.get(i), ids[i]));
		}
		return counted;
	}

	private static CountedCase counted(HistoryCase row, long id) {
		CasePlace place = row.place();
		CaseMatter matter = row.matter();
		Milestones reached = row.reached();
		Tally tally = row.tally();
		return new CountedCase(id, row.stage(), text(place.district()), text(place.street()),
				text(place.community()), text(place.grid()), row.lead() == null ? null : row.lead().code().value(),
				row.lead() == null ? null : row.lead().name(), matter.category().value(), matter.categoryName(),
				Channel.HISTORY_IMPORT.name(), matter.calendar().name(), reached.reported(), reached.filed(),
				reached.dispatched(), reached.evaluated(), row.overall().dueAt(), reached.closed(), row.handlingFrom(),
				tally.dispatches(), tally.returns(),
				row.satisfaction() == null ? null : row.satisfaction().name(), row.onTime(), tally.reworks());
	}

	private static String text(Object code) {
		return code == null ? null : code.toString();
	}
}
