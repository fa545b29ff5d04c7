package org.tongguan.sensing.alarm;

import java.util.ArrayList;
import java.util.List;

import org.tongguan.sensing.WarningLevel;
import org.tongguan.sensing.rule.LevelChange;

/**
 * One alarm of a sensor archive as the replayed rules decided it: the change that raised it, every later change of
 * its level, and the change that cleared it ({@code null} while it is still active at the archive's end).
 */
final class ArchiveEpisode {

	final List<LevelChange> changes = new ArrayList<>(4);

	LevelChange cleared;

	ArchiveEpisode(LevelChange raised) {
		changes.add(raised);
	}

	LevelChange raised() {
		return changes.get(0);
	}

	/** The change that set the current level. */
	LevelChange last() {
		return changes.get(changes.size() - 1);
	}

	WarningLevel level() {
		return last().to();
	}

	/** The first change that reached the rule's case level, {@code null} when none did. */
	LevelChange reachedCaseLevel() {
		for (LevelChange change : changes) {
			if (change.rule().opensCaseAt(change.to())) {
				return change;
			}
		}
		return null;
	}
}
