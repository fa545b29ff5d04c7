package org.tongguan.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tongguan.casework.action.Adjustments;
import org.tongguan.casework.intake.Duplicates;
import org.tongguan.casework.process.TaskGroup;
import org.tongguan.casework.store.CaseNumbers;
import org.tongguan.identity.Caller;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.identity.Role;
import org.tongguan.region.RegionCode;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.PlatformProperties;
import org.tongguan.shared.TimeLimit;

/** The small rules of case handling: task groups, extension amounts, distances and case numbers. */
class CaseRulesTests {

	private static final Caller HANDLER = new Caller("h", "处置员", Set.of(Role.HANDLER), RegionCode.of("440304"),
			new DepartmentCode("440304-CHENGGUAN"));

	@Test
	void taskGroupsAdmitARoleOrARoleInOneDepartment() {
		assertThat(TaskGroup.parse("HANDLER@440304-CHENGGUAN").orElseThrow().admits(HANDLER)).isTrue();
		assertThat(TaskGroup.parse("HANDLER@440304-HUANWEI").orElseThrow().admits(HANDLER)).isFalse();
		assertThat(TaskGroup.parse("HANDLER").orElseThrow().admits(HANDLER)).isTrue();
		assertThat(TaskGroup.parse("DISPATCHER").orElseThrow().admits(HANDLER)).isFalse();
		assertThat(TaskGroup.parse("somebody")).isEmpty();
	}

	@Test
	void extensionsAreWorkingHoursOrDaysUpToThirtyDays() {
		assertThat(Adjustments.parse("4h")).isEqualTo(TimeLimit.workingHours(4));
		assertThat(Adjustments.parse(" 2d ")).isEqualTo(TimeLimit.workingDays(2));
		for (String bad : new String[] { null, "", "0h", "31d", "721h", "2 days", "-1d" }) {
			assertThatThrownBy(() -> Adjustments.parse(bad)).as(bad).isInstanceOf(InvalidInputException.class);
		}
	}

	@Test
	void distancesAreGreatCircleMetres() {
		assertThat(Duplicates.distance(114.0579, 22.5431, 114.0579, 22.5431)).isZero();
		assertThat(Duplicates.distance(114.0579, 22.5431, 114.0579, 22.5440)).isBetween(99.0, 101.0);
	}

	@Test
	void caseNumbersAreTheReportDateAndTheIdAndReadBack() {
		CaseNumbers numbers = new CaseNumbers(new PlatformProperties(ZoneId.of("Asia/Shanghai"), true,
				Path.of("data")));
		String number = numbers.of(new CaseId(42), Instant.parse("2026-11-22T17:00:00Z"));
		assertThat(number).isEqualTo("20261123000042");
		assertThat(numbers.parse(number)).contains(new CaseId(42));
		assertThat(numbers.parse("2026112342")).isEmpty();
		assertThat(numbers.parse("case-42")).isEmpty();
	}
}
