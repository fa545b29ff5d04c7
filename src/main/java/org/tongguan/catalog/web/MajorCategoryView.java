package org.tongguan.catalog.web;

import java.util.Map;

import org.tongguan.catalog.CategoryKind;
import org.tongguan.catalog.Stage;
import org.tongguan.catalog.Urgency;
import org.tongguan.catalog.internal.MajorRecord;
import org.tongguan.shared.TimeLimit;

/** A major category (大类) with the default limits its sub-categories fall back to, and whether it is retired. */
record MajorCategoryView(CategoryKind kind, String code, String name, Map<Stage, TimeLimit> stageLimits,
		Map<Urgency, TimeLimit> urgencyLimits, boolean retired) {

	static MajorCategoryView of(MajorRecord major) {
		return new MajorCategoryView(major.major().kind(), major.major().code(), major.major().name(),
				major.stageLimits(), major.urgencyLimits(), major.retired());
	}
}
