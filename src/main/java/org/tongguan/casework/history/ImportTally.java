package org.tongguan.casework.history;

import java.util.List;

import org.tongguan.casework.history.row.HistoryCase;

/** What an import counted as it stored: by the storing thread only, read by others for progress. */
final class ImportTally {

	volatile int imported;

	volatile int skipped;

	/** Rows found invalid while storing: an external id repeated within the file (import jobs). */
	volatile int repeated;

	volatile int backlog;

	int fromAccepted;

	int fromReported;

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
		}
		backlog += open;
		imported += cases.size();
	}
}
