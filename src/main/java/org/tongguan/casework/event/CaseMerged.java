package org.tongguan.casework.event;

import org.tongguan.casework.CaseId;
/**
 * Published when a duplicate was merged into its master case (合并); it follows the master's outcome.
 *
 * @param id the case
 * @param master the case it was merged into
 */
public record CaseMerged(CaseId id, CaseId master) {
}
