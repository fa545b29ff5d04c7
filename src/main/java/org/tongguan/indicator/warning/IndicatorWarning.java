package org.tongguan.indicator.warning;

import java.time.Instant;
import java.time.LocalDate;

import org.tongguan.identity.DepartmentCode;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.WarningLevel;
import org.tongguan.region.RegionCode;

/**
 * 预警 — a warning of one indicator for one region, as stored.
 *
 * @param id its number
 * @param indicator the indicator
 * @param region the region
 * @param periodStart the first day of the period whose value (or, for lateness, missing value) raised it last
 * @param kind what made it warn
 * @param level its level, which may rise (and fall within the hysteresis) while it holds
 * @param value the value that warns, in the indicator's unit; {@code null} for lateness
 * @param bound the bound the value passed, in the indicator's unit; {@code null} for lateness
 * @param message the warning in words
 * @param department the department it goes to: the responsible one, the source for lateness
 * @param state where it stands
 * @param raisedAt when it was raised
 * @param updatedAt when it last changed
 * @param acknowledgedAt when it was acknowledged, {@code null} before
 * @param acknowledgedBy who acknowledged it
 * @param acknowledgementNote what they noted, may be {@code null}
 * @param clearedAt when it cleared, {@code null} while it holds
 * @param clearing why it cleared, in words
 * @param caseId the case it opened, {@code null} until case handling took it
 * @param caseNumber that case's number
 */
public record IndicatorWarning(long id, IndicatorCode indicator, RegionCode region, LocalDate periodStart,
		WarningKind kind, WarningLevel level, Double value, Double bound, String message, DepartmentCode department,
		WarningState state, Instant raisedAt, Instant updatedAt, Instant acknowledgedAt, String acknowledgedBy,
		String acknowledgementNote, Instant clearedAt, String clearing, Long caseId, String caseNumber) {
}
