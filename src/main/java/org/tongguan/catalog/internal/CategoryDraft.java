package org.tongguan.catalog.internal;

import java.util.Map;

/**
 * A sub-category as an administrator or the default catalogue file states it, before validation; every field may
 * be missing or wrong, the {@link CategoryValidator} names what is.
 *
 * @param code the code, e.g. E0101 (optional: the next free code of its major is assigned; on an edit equal to the
 *     edited code)
 * @param kind EVENT or COMPONENT (optional, must match the code's letter)
 * @param major the 2-digit major code (optional, must match the code)
 * @param name the name
 * @param responsibility who handles it by default
 * @param districtOverrides district code → who handles it there
 * @param defaultUrgency NORMAL, URGENT or CRITICAL
 * @param urgencyLimits urgency → overall limit
 * @param stageLimits stage → limit, for ACCEPT, FILE, DISPATCH, HANDLE, VERIFY and CLOSE
 * @param closingConditions what must be true to close a case
 * @param legalBasis the laws and rules it rests on
 * @param policeMatter whether it is transferred to 110 (default false)
 * @param roundTheClock whether its limits run 24×7 (default false)
 * @param changeNote why this version is published
 * @param majorName the major category's exact name, instead of its code
 */
public record CategoryDraft(String code, String kind, String major, String name, ResponsibilityDraft responsibility,
		Map<String, ResponsibilityDraft> districtOverrides, String defaultUrgency, Map<String, LimitDraft> urgencyLimits,
		Map<String, LimitDraft> stageLimits, String closingConditions, String legalBasis, Boolean policeMatter,
		Boolean roundTheClock, String changeNote, String majorName) {
}
