package org.tongguan.casework.web.action;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.web.CaseView;
import org.tongguan.casework.web.CaseViews;

/**
 * The one way an action on a case answers: run the action (a stage the case is not at answers 409 from the service),
 * then the case as it is afterwards; a request made (延期, 挂账) answers 201 with its id and the case. With the texts
 * the OpenAPI descriptions of these answers share.
 */
@Component
class CaseActions {

	/** The 200 answer of an action on a case. */
	static final String AFTERWARDS = "The case as it is after the action";

	/** The 409 answer of an action the case's stage does not take now. */
	static final String NOT_NOW = "The case is not at a stage that takes this action now (or someone acted on it "
			+ "at the same moment); reload it and look at its stage";

	/** The 201 answer of a request made on a case. */
	static final String REQUESTED = "The request made, with its id for the approval, and the case";

	private final CaseViews views;

	CaseActions(CaseViews views) {
		this.views = views;
	}

	/** Runs the action on the case and answers the case as it is afterwards. */
	CaseView after(CaseId id, Runnable action) {
		action.run();
		return views.view(id);
	}

	/** Answers a request made on the case (its {@code kind} names the path): 201, its id and the case afterwards. */
	ResponseEntity<Requested> requested(CaseId id, String kind, long requestId) {
		return ResponseEntity.created(URI.create("/api/cases/" + id + "/" + kind + "/" + requestId))
			.body(new Requested(requestId, views.view(id)));
	}

	/**
	 * A request made.
	 *
	 * @param requestId its id, for the approval
	 * @param caseView the case afterwards
	 */
	record Requested(long requestId, CaseView caseView) {
	}
}
