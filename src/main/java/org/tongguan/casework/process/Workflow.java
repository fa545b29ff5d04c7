package org.tongguan.casework.process;

import java.util.Map;
import java.util.Optional;

import org.tongguan.casework.store.CaseFile;
import org.tongguan.catalog.CategoryCode;

/**
 * The case process engine as case handling sees it; implemented with Flowable in {@code casework.workflow}, the only
 * place that knows the engine. Every call joins the caller's transaction, and a call made for a case answers what it
 * did to the case ({@link Passage}): the process's delegates act on the case file the call was made with, and the
 * caller enters the stages reached and saves ({@link CaseProgress}).
 */
public interface Workflow {

	/** The message a handling department's extension request (延期申请) sends to the case's process. */
	String EXTENSION_REQUESTED = "extensionRequested";

	/** The message a handling department's suspension request (挂账申请) sends to the case's process. */
	String SUSPENSION_REQUESTED = "suspensionRequested";

	/**
	 * Starts the process for a new case: the one deployed for the category's group if any, else the default.
	 *
	 * @return the process instance id and what the start did to the case
	 */
	Started start(CaseFile file, CategoryCode category, Map<String, Object> variables);

	/**
	 * Starts the callback (回访) of a duplicate merged into a master whose loop has ended: one callback task for the
	 * operators, the duplicate staying merged.
	 *
	 * @return the process instance id and what the start did to the case
	 */
	Started startDuplicateCallback(CaseFile file);

	/** Completes an open user task of the case, setting the variables on the process first. */
	Passage complete(TaskId task, Map<String, Object> variables, CaseFile file);

	/** Delivers a message to the case's process; empty when the process is not waiting for it. */
	Optional<Passage> message(CaseFile file, String message);

	/** Tells the case's deadline timer that the case's next alarm changed; it asks for the next alarm again. */
	void deadlinesChanged(CaseFile file);

	/**
	 * Hands the process's open tasks from one candidate group to another (e.g. {@code HANDLER@<merged department>} to
	 * {@code HANDLER@<department taking over>}) and sets the variables, so later tasks go to the new group too.
	 */
	void reassign(String processInstanceId, String fromGroup, String toGroup, Map<String, Object> variables);

	/**
	 * A started process.
	 *
	 * @param processInstanceId the process instance id
	 * @param passage what the start did to the case
	 */
	record Started(String processInstanceId, Passage passage) {
	}
}
