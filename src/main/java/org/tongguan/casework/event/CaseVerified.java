package org.tongguan.casework.event;

import org.tongguan.casework.CaseId;
/**
 * Published when the grid inspector verified the result on site (核查通过).
 *
 * @param id the case
 */
public record CaseVerified(CaseId id) {
}
