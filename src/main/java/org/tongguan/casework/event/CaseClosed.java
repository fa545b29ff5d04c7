package org.tongguan.casework.event;

import org.tongguan.casework.CaseId;
/**
 * Published when a case was closed (结案).
 *
 * @param id the case
 * @param onTime whether it closed within its overall deadline (按期结案)
 */
public record CaseClosed(CaseId id, boolean onTime) {
}
