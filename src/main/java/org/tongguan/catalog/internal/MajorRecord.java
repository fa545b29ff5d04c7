package org.tongguan.catalog.internal;

import java.util.Map;

import org.tongguan.catalog.CategoryKind;
import org.tongguan.catalog.MajorCategory;
import org.tongguan.catalog.Stage;
import org.tongguan.catalog.Urgency;
import org.tongguan.shared.TimeLimit;

/**
 * A stored major category with the default limits its sub-categories fall back to and whether it is retired.
 *
 * @param major kind, code and name
 * @param stageLimits stage → default limit (any subset)
 * @param urgencyLimits urgency → default overall limit (any subset)
 * @param retired whether it is retired: no new sub-categories, all of its own deactivated
 */
public record MajorRecord(MajorCategory major, Map<Stage, TimeLimit> stageLimits,
		Map<Urgency, TimeLimit> urgencyLimits, boolean retired) {

	public MajorRecord {
		stageLimits = Map.copyOf(stageLimits);
		urgencyLimits = Map.copyOf(urgencyLimits);
	}

	CategoryKind kind() {
		return major.kind();
	}

	public String code() {
		return major.code();
	}

	public String name() {
		return major.name();
	}

	/** The same major, retired or not. */
	public MajorRecord withRetired(boolean value) {
		return new MajorRecord(major, stageLimits, urgencyLimits, value);
	}
}
