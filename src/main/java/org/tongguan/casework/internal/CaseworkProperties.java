package org.tongguan.casework.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of case handling.
 *
 * @param duplicateRadiusM how near (metres) a new report of the same category must be to an open case to be flagged
 * as its likely duplicate
 * @param duplicateWindow how recent that open case must be
 * @param escalationMargin how much working time past its overall deadline an overdue case is escalated to the next
 * level, and again after each further margin until the city level
 * @param descriptionMaxLength the longest description a report may have (at most 4000 characters)
 * @param processKey the key of the default case process; a process deployed with this key plus {@code -} and a major
 * category (e.g. {@code case-handling-E05} for 突发事件) handles that category group instead
 * @param maxPageSize the most cases one page of a list may hold
 * @param publicReportsPerMinute citizen reports one client address may post per minute (public intake)
 * @param publicPhotosPerMinute photos one client address may upload per minute for its reports (public intake)
 * @param publicStatusChecksPerMinute status checks one client address may make per minute (citizen status check)
 * @param mapMaxAge how old the cases the map's clusters are counted from may be before a tile has them read again (in
 * the background; zero: before drawing the tile)
 * @param mapWindow how far back the map reaches by default, and the cases its clusters are counted from in memory
 * reach (a period starting earlier is counted in the database, more slowly)
 */
@ConfigurationProperties("tongguan.casework")
public record CaseworkProperties(@DefaultValue("50") double duplicateRadiusM,
		@DefaultValue("24h") Duration duplicateWindow, @DefaultValue("4h") Duration escalationMargin,
		@DefaultValue("2000") int descriptionMaxLength, @DefaultValue("case-handling") String processKey,
		@DefaultValue("200") int maxPageSize, @DefaultValue("10") int publicReportsPerMinute,
		@DefaultValue("30") int publicPhotosPerMinute, @DefaultValue("20") int publicStatusChecksPerMinute,
		@DefaultValue("30s") Duration mapMaxAge, @DefaultValue("90d") Duration mapWindow) {

	public CaseworkProperties {
		if (descriptionMaxLength < 1 || descriptionMaxLength > 4000) {
			throw new IllegalArgumentException("tongguan.casework.description-max-length must be 1–4000");
		}
		if (publicReportsPerMinute < 1 || publicPhotosPerMinute < 1 || publicStatusChecksPerMinute < 1) {
			throw new IllegalArgumentException("tongguan.casework.public-reports-per-minute, "
					+ "public-photos-per-minute and public-status-checks-per-minute must be at least 1");
		}
		if (duplicateRadiusM < 0 || duplicateWindow.isNegative() || escalationMargin.isNegative()
				|| escalationMargin.isZero() || mapMaxAge.isNegative() || mapWindow.isNegative() || mapWindow.isZero()) {
			throw new IllegalArgumentException("Casework radius, windows and escalation margin must be positive");
		}
	}
}
