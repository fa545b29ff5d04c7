package org.tongguan.casework.event;

import org.tongguan.casework.CaseId;
/**
 * Published when a report was voided with the shift lead's approval (作废).
 *
 * @param id the case
 */
public record CaseVoided(CaseId id) {
}
