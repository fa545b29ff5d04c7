package org.tongguan.catalog.internal;

import java.util.Map;

/**
 * A major category (大类) as an administrator or an import file states it, before validation.
 *
 * @param kind EVENT or COMPONENT
 * @param code the 2-digit code; optional on create (the next free one is assigned)
 * @param name its name
 * @param stageLimits stage → default limit for its sub-categories (optional, any subset of stages)
 * @param urgencyLimits urgency → default overall limit for its sub-categories (optional)
 */
public record MajorDraft(String kind, String code, String name, Map<String, LimitDraft> stageLimits,
		Map<String, LimitDraft> urgencyLimits) {
}
