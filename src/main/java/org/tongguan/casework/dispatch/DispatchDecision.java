package org.tongguan.casework.dispatch;

import org.tongguan.identity.Department;

/**
 * What the dispatch rules decided for a case, and why.
 *
 * @param outcome dispatch, transfer to 110, or queue for a dispatcher
 * @param department the lead department when dispatched, otherwise {@code null}
 * @param rule the rule that decided
 * @param explanation the decision in words, naming the catalogue version it rests on
 */
public record DispatchDecision(Outcome outcome, Department department, DispatchRule rule, String explanation) {

	/** What happens to the case. */
	public enum Outcome {
		/** Dispatched to the department. */
		DISPATCHED,
		/** A police matter, transferred to 110. */
		TRANSFERRED,
		/** No rule matched; it waits in the manual dispatch queue. */
		MANUAL
	}
}
