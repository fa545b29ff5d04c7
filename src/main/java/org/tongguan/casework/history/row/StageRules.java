package org.tongguan.casework.history.row;

import java.time.Instant;

import org.tongguan.casework.CaseStage;
import org.tongguan.casework.history.csv.HistoryField;

/**
 * Which stage (状态) an imported case is in and which stage times that stage needs. The times are indexed like
 * {@link HistoryField#MILESTONES}: reported, accepted, filed, dispatched, handled, verified, closed, evaluated.
 */
final class StageRules {

	static final int CLOSED = 6;

	static final int EVALUATED = 7;

	private StageRules() {
	}

	/** The stage the latest time reached: closed (已办结) once closed, else the stage after the latest step. */
	static CaseStage reached(Instant[] times) {
		if (times[CLOSED] != null || times[EVALUATED] != null) {
			return CaseStage.CLOSED;
		}
		CaseStage[] after = { CaseStage.REPORTED, CaseStage.ACCEPTED, CaseStage.FILED, CaseStage.HANDLING,
				CaseStage.VERIFYING, CaseStage.CLOSING };
		for (int i = after.length - 1; i > 0; i--) {
			if (times[i] != null) {
				return after[i];
			}
		}
		return CaseStage.REPORTED;
	}

	/** What contradicts a stage given in the file, or {@code null} when the times fit it. */
	static String conflict(CaseStage stage, Instant[] times) {
		boolean closed = stage == CaseStage.CLOSED || stage == CaseStage.CALLBACK;
		if (!closed && times[CLOSED] != null) {
			return "closedAt is given but stage " + stage + " (" + stage.label() + ") is not a closed stage";
		}
		int needed = needed(stage);
		if (times[needed] == null) {
			return "stage " + stage + " (" + stage.label() + ") needs " + HistoryField.MILESTONES[needed].key();
		}
		return null;
	}

	/** The index of the time a case in the stage must have reached. */
	private static int needed(CaseStage stage) {
		return switch (stage) {
			case ACCEPTED -> 1;
			case FILED -> 2;
			case HANDLING, SUSPENDED -> 3;
			case VERIFYING -> 4;
			case CLOSING -> 5;
			case CALLBACK, CLOSED -> CLOSED;
			case REPORTED, VOIDED, MERGED, TRANSFERRED -> 0;
		};
	}
}
