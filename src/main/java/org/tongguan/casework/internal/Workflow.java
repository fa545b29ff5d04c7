package org.tongguan.casework.internal;

import java.util.Map;

import org.tongguan.casework.CaseId;
import org.tongguan.catalog.CategoryCode;

/**
 * The case process engine as case handling sees it; implemented with Flowable in {@code casework.workflow}, the only
 * place that knows the engine. Every call joins the caller's transaction.
 */
public interface Workflow {

	/** The message a handling department's extension request (延期申请) sends to the case's process. */
	String EXTENSION_REQUESTED = "extensionRequested";

	/** The message a handling department's suspension request (挂账申请) sends to the case's process. */
	String SUSPENSION_REQUESTED = "suspensionRequested";

	/**
	 * Starts the process for a new case: the one deployed for the category's group if any, else the default.
	 *
	 * @return the process instance id
	 */
	String start(CaseId id, CategoryCode category, Map<String, Object> variables);

	/**
	 * Starts the callback (回访) of a duplicate merged into a master whose loop has ended: one callback task for the
	 * operators, the duplicate staying merged.
	 *
	 * @return the process instance id
	 */
	String startDuplicateCallback(CaseId id);

	/** Completes an open user task, setting the variables on the process first. */
	void complete(String taskId, Map<String, Object> variables);

	/** Delivers a message to the process; {@code false} when the process is not waiting for it. */
	boolean message(String processInstanceId, String message);

	/** Tells the process's deadline timer that the case's next alarm time changed. */
	void deadlinesChanged(String processInstanceId);

	/**
	 * Hands the process's open tasks from one candidate group to another (e.g. {@code HANDLER@<merged department>} to
	 * {@code HANDLER@<department taking over>}) and sets the variables, so later tasks go to the new group too.
	 */
	void reassign(String processInstanceId, String fromGroup, String toGroup, Map<String, Object> variables);
}
