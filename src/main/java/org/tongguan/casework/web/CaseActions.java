package org.tongguan.casework.web;

/** Texts shared by the OpenAPI descriptions of the actions on a case. */
final class CaseActions {

	/** The 200 answer of an action on a case. */
	static final String AFTERWARDS = "The case as it is after the action";

	/** The 409 answer of an action the case's stage does not take now. */
	static final String NOT_NOW = "The case is not at a stage that takes this action now (or someone acted on it "
			+ "at the same moment); reload it and look at its stage";

	/** What the {@code Idempotency-Key} header of an intake is for. */
	static final String IDEMPOTENCY_KEY = "Required. A key the reporting client makes once per report (e.g. a UUID) "
			+ "and sends again with every retry of it: the platform answers a retry with the first report's case "
			+ "instead of making a second one.";

	private CaseActions() {
	}
}
