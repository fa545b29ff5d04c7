package org.tongguan.casework.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.tongguan.casework.store.CaseFixtures.START;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.event.CaseEscalated;
import org.tongguan.casework.intake.CategoryVersions;
import org.tongguan.casework.store.CaseFixtures;
import org.tongguan.casework.internal.CaseworkProperties;
import org.tongguan.casework.store.CaseRecord;
import org.tongguan.casework.store.CaseStore;
import org.tongguan.casework.store.Countdown;
import org.tongguan.casework.timeline.Actor;
import org.tongguan.casework.timeline.StepRecord;
import org.tongguan.casework.timeline.Timeline;
import org.tongguan.identity.Department;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.identity.DepartmentFunction;
import org.tongguan.identity.Departments;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;

/**
 * Automatic escalation (升级督办) alone, on a calendar where every hour is working time and a margin of 4 hours: when a
 * case is escalated, to which level, with which notice and event, and when it can go no higher.
 */
class EscalationsTests {

	private static final DepartmentCode STREET_TEAM = new DepartmentCode("440304001-JIEDAO");

	private static final Department DISTRICT_CHENGGUAN = new Department(new DepartmentCode("440304-CHENGGUAN"),
			"福田区城管局", DepartmentFunction.CHENGGUAN, RegionLevel.DISTRICT, CaseFixtures.FUTIAN,
			Set.of(CaseFixtures.FUTIAN));

	private static final Countdown OVERDUE = new Countdown(START, Duration.ofHours(7), Duration.ZERO,
			START.plus(Duration.ofMinutes(336)), START.plus(Duration.ofHours(7)), true, true);

	private final Departments departments = mock(Departments.class);

	private final CategoryVersions versions = mock(CategoryVersions.class);

	private final Supervisions supervisions = mock(Supervisions.class);

	private final Timeline timeline = mock(Timeline.class);

	private final List<Object> events = new ArrayList<>();

	private final Escalations escalations = new Escalations(departments, versions,
			new WorkingTime(new CaseFixtures.EveryHourWorks()), new CaseworkProperties(50, Duration.ofHours(24),
					Duration.ofHours(4), 2000, "case-handling", 200, 10, 30, 20, Duration.ofSeconds(30),
					Duration.ofDays(90)),
			mock(CaseStore.class), supervisions, timeline, events::add);

	@BeforeEach
	void organisation() {
		when(versions.of(CaseFixtures.VERSION_ID)).thenReturn(CaseFixtures.version());
		when(departments.find(STREET_TEAM)).thenReturn(Optional.of(new Department(STREET_TEAM, "华富街道执法队",
				DepartmentFunction.JIEDAO, RegionLevel.STREET, RegionCode.of("440304001"),
				Set.of(RegionCode.of("440304001")))));
		when(departments.serving(DepartmentFunction.CHENGGUAN, RegionLevel.DISTRICT, CaseFixtures.GRID))
			.thenReturn(List.of(DISTRICT_CHENGGUAN));
	}

	@Test
	void anOverdueCaseIsEscalatedOneMarginPastItsDeadlineAndOneMoreMarginForEachEscalationSoFar() {
		assertThat(escalations.dueAt(handledByTheStreet(null, 0))).contains(START.plus(Duration.ofHours(11)));
		assertThat(escalations.dueAt(handledByTheStreet(RegionLevel.DISTRICT, 1)))
			.contains(START.plus(Duration.ofHours(15)));
	}

	@Test
	void aCaseWithoutADeadlineOrOverseenByTheCityIsNotEscalated() {
		assertThat(escalations.dueAt(CaseFixtures.record(CaseStage.HANDLING, null, null, null, null, 0, STREET_TEAM)))
			.isEmpty();
		assertThat(escalations.dueAt(handledByTheStreet(RegionLevel.CITY, 2))).isEmpty();
	}

	@Test
	void escalationGoesFromTheLeadDepartmentsLevelToTheNextWithANoticeNamingTheOverseerAndAnEvent() {
		Instant now = START.plus(Duration.ofHours(11));
		CaseRecord record = handledByTheStreet(null, 0);

		escalations.escalate(record, now);

		String text = "超期未办结，自动升级至区级督办：福田区城管局";
		verify(supervisions).add(record.id(), new Supervisions.Notice(Supervisions.Kind.ESCALATION, now,
				Actor.SYSTEM.username(), STREET_TEAM, RegionLevel.DISTRICT, text));
		verify(timeline).record(eq(record.id()), any(StepRecord.class), eq(CaseStage.HANDLING),
				eq(CaseStage.HANDLING));
		assertThat(events).containsExactly(new CaseEscalated(record.id(), RegionLevel.DISTRICT,
				DISTRICT_CHENGGUAN.code()));
	}

	@Test
	void aCaseAlreadyEscalatedToTheDistrictGoesToTheCityWhereNoDepartmentIsNamedWhenNoneServes() {
		Instant now = START.plus(Duration.ofHours(15));
		CaseRecord record = handledByTheStreet(RegionLevel.DISTRICT, 1);

		escalations.escalate(record, now);

		assertThat(events).containsExactly(new CaseEscalated(record.id(), RegionLevel.CITY, null));
		verify(supervisions).add(record.id(), new Supervisions.Notice(Supervisions.Kind.ESCALATION, now,
				Actor.SYSTEM.username(), STREET_TEAM, RegionLevel.CITY, "超期未办结，自动升级至市级督办"));
	}

	private static CaseRecord handledByTheStreet(RegionLevel escalatedTo, int escalations) {
		return CaseFixtures.record(CaseStage.HANDLING, OVERDUE, null, null, escalatedTo, escalations, STREET_TEAM);
	}
}
