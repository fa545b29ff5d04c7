package org.tongguan.casework.event;

import org.tongguan.casework.CaseId;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.region.RegionLevel;

/**
 * Published when an overdue case was escalated to the next level (升级督办).
 *
 * @param id the case
 * @param level the level now overseeing the case
 * @param department the department responsible at that level, {@code null} when the level has none for the matter
 */
public record CaseEscalated(CaseId id, RegionLevel level, DepartmentCode department) {
}
