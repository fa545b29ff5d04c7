package org.tongguan.indicator.web;

import java.time.Instant;

import org.tongguan.indicator.computed.ComputedFrom;
import org.tongguan.indicator.computed.ComputedIndicators;
import org.tongguan.indicator.registry.PlanDraft;
import org.tongguan.indicator.registry.PlanVersion;

/**
 * One version of an indicator's plan: the plan in the form a revise takes it back, and the version's who, when and
 * why.
 *
 * @param code the indicator's code
 * @param version the version's number, from 1
 * @param changedBy who made the version
 * @param changedAt when
 * @param note why, absent when not said
 * @param plan the plan (一指标一方案)
 * @param computedFrom what the platform computes the indicator's values from, absent when its source sends them
 */
record IndicatorView(String code, int version, String changedBy, Instant changedAt, String note, PlanDraft plan,
		ComputedFrom computedFrom) {

	static IndicatorView of(PlanVersion version, ComputedIndicators computed) {
		return new IndicatorView(version.plan().code().value(), version.version(), version.changedBy(),
				version.changedAt(), version.note(), PlanDraft.of(version.plan()),
				computed.of(version.plan().code()).orElse(null));
	}
}
