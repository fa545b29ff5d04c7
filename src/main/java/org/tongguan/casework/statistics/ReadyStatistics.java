package org.tongguan.casework.statistics;

import org.springframework.stereotype.Component;

/** TEMP: stand-in for the lead's ReadyStatistics so the import job compiles; dropped at merge. */
@Component
public class ReadyStatistics {

	/** Folds every pending case into the ready data (the lead's real class does). */
	public void catchUp() {
	}
}
