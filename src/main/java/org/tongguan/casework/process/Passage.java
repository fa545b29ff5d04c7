package org.tongguan.casework.process;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.tongguan.casework.CaseId;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.store.CaseFile;
import org.tongguan.casework.timeline.StepRecord;

/**
 * What one call into a case's process ({@link Workflow}) did to the case it was made for, in order: the stages the
 * process reached and the steps the platform took on its own on the way (the fast track's acceptance and filing,
 * automatic dispatch). The process's delegates act on the call's {@link CaseFile}; the caller enters the stages on
 * it and records the steps on the timeline after the call ({@link CaseProgress}).
 */
public final class Passage {

	private final CaseFile file;

	private final List<Mark> marks = new ArrayList<>();

	/** A passage of the case in this file. */
	public Passage(CaseFile file) {
		this.file = file;
	}

	/** The case the call was made for. */
	public CaseFile file() {
		return file;
	}

	/** Whether the call was made for this case. */
	public boolean isFor(CaseId id) {
		return file.id().equals(id);
	}

	/** The process reached a stage (a user task's category or a terminal end event). */
	public void reached(CaseStage stage) {
		marks.add(new Reached(stage));
	}

	/** The platform took a step on its own, from this stage. */
	public void stepped(CaseStage from, StepRecord step) {
		marks.add(new Stepped(from, step));
	}

	/** What happened, in order. */
	List<Mark> marks() {
		return Collections.unmodifiableList(marks);
	}

	/** One thing that happened during the call. */
	sealed interface Mark permits Reached, Stepped {
	}

	/**
	 * The process reached a stage.
	 *
	 * @param stage the stage
	 */
	record Reached(CaseStage stage) implements Mark {
	}

	/**
	 * The platform took a step on its own.
	 *
	 * @param from the stage it took the step from
	 * @param step the step
	 */
	record Stepped(CaseStage from, StepRecord step) implements Mark {
	}
}
