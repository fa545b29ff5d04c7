package org.tongguan.casework.history;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.tongguan.casework.event.CaseHistoryImported;
import org.tongguan.casework.history.row.HistoryCase;
import org.tongguan.casework.store.Milestones;
import org.tongguan.region.RegionCode;

/**
 * What an import counted as it stored, and the times and regions its stored cases touch: by the storing thread only,
 * read by others for progress.
 */
final class ImportTally {

	volatile int imported;

	volatile int skipped;

	/** Rows found invalid while storing: an external id repeated within the file (import jobs). */
	volatile int repeated;

	volatile int backlog;

	int fromAccepted;

	int fromReported;

	private Instant earliest;

	private Instant latest;

	private final Set<RegionCode> regions = new HashSet<>();

	/** Counts stored cases. */
	void stored(List<HistoryCase> cases) {
		int open = 0;
		for (HistoryCase stored : cases) {
			open += stored.backlog() ? 1 : 0;
			if (stored.reached().filed() == null) {
				if (stored.reached().accepted() != null) {
					fromAccepted++;
				}
				else {
					fromReported++;
				}
			}
			touched(stored);
		}
		backlog += open;
		imported += cases.size();
	}

	/** The event saying what the stored cases touch; empty when none was stored. */
	Optional<CaseHistoryImported> imported() {
		return imported == 0 ? Optional.empty()
				: Optional.of(new CaseHistoryImported(imported, earliest, latest, regions));
	}

	private void touched(HistoryCase stored) {
		Milestones reached = stored.reached();
		within(reached.reported());
		within(reached.accepted());
		within(reached.filed());
		within(reached.dispatched());
		within(reached.handled());
		within(reached.verified());
		within(reached.closed());
		within(reached.evaluated());
		within(stored.overall() == null ? null : stored.overall().dueAt());
		regions.add(stored.place().street() != null ? stored.place().street() : stored.place().district());
	}

	private void within(Instant time) {
		if (time != null) {
			earliest = earliest == null || time.isBefore(earliest) ? time : earliest;
			latest = latest == null || time.isAfter(latest) ? time : latest;
		}
	}
}
