package org.tongguan.casework.event;

import org.tongguan.casework.CaseId;
/**
 * Published when the dispatcher approved suspending a case (挂账); its clocks stop until it resumes.
 *
 * @param id the case
 */
public record CaseSuspended(CaseId id) {
}
