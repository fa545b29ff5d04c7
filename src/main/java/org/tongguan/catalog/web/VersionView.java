package org.tongguan.catalog.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.tongguan.catalog.CategoryDefinition;
import org.tongguan.catalog.CategoryKind;
import org.tongguan.catalog.CategoryVersion;
import org.tongguan.catalog.Responsibility;
import org.tongguan.catalog.Stage;
import org.tongguan.catalog.Urgency;
import org.tongguan.shared.TimeLimit;

/** One version of a sub-category as the API shows it, with its major's name and every limit. */
record VersionView(long id, String code, CategoryKind kind, String major, String majorName, int version, String name,
		Responsibility responsibility, Map<String, Responsibility> districtOverrides, Urgency defaultUrgency,
		TimeLimit limit, Map<Urgency, TimeLimit> urgencyLimits, Map<Stage, TimeLimit> stageLimits,
		String closingConditions, String legalBasis, boolean policeMatter, boolean roundTheClock, boolean active,
		String editedBy, Instant editedAt, String changeNote) {

	static VersionView of(CategoryVersion version, String majorName) {
		CategoryDefinition definition = version.definition();
		Map<String, Responsibility> overrides = new LinkedHashMap<>();
		definition.districtOverrides().forEach((district, responsibility) -> overrides.put(district.value(),
				responsibility));
		return new VersionView(version.id().value(), version.code().value(), version.code().kind(),
				version.code().major(), majorName, version.version(), definition.name(), definition.responsibility(),
				overrides, definition.limits().defaultUrgency(), definition.limits().overall(),
				definition.limits().urgencyLimits(), definition.limits().stageLimits(), definition.closingConditions(),
				definition.legalBasis(), definition.policeMatter(), definition.roundTheClock(), definition.active(),
				version.editedBy(), version.editedAt(), version.changeNote());
	}
}
