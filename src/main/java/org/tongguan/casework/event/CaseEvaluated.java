package org.tongguan.casework.event;

import org.tongguan.casework.CaseId;
import org.tongguan.casework.Satisfaction;
/**
 * Published when the reporter's satisfaction was recorded at the callback (回访评价).
 *
 * @param id the case
 * @param satisfaction what the reporter said
 */
public record CaseEvaluated(CaseId id, Satisfaction satisfaction) {
}
