package org.tongguan.casework.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.tongguan.casework.store.CaseFixtures.START;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.tongguan.calendar.CalendarKind;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.TrafficLight;
import org.tongguan.casework.store.CaseFixtures;
import org.tongguan.casework.store.Countdown;
import org.tongguan.catalog.Catalog;
import org.tongguan.catalog.MatterKind;
import org.tongguan.catalog.MatterType;
import org.tongguan.catalog.Stage;
import org.tongguan.catalog.Urgency;
import org.tongguan.shared.TimeLimit;

/**
 * Time limits (时限) alone, on a calendar where every hour is working time: where a countdown warns and runs out, what
 * extensions and suspensions do to it, its traffic light, and when a case's clocks are read.
 */
class DeadlinesTests {

	private final Catalog catalog = mock(Catalog.class);

	private final Deadlines deadlines = new Deadlines(new WorkingTime(new CaseFixtures.EveryHourWorks()), catalog);

	@Test
	void theOverallLimitWarnsAtEightyPercentAndRunsOutAtItsEnd() {
		Countdown overall = deadlines.overall(CaseFixtures.version(), Urgency.NORMAL, null, START);

		assertThat(overall.limit()).isEqualTo(Duration.ofHours(7));
		assertThat(overall.warnAt()).isEqualTo(START.plus(Duration.ofMinutes(336)));
		assertThat(overall.dueAt()).isEqualTo(START.plus(Duration.ofHours(7)));
		assertThat(overall.warned()).isFalse();
		assertThat(overall.overdue()).isFalse();
		assertThat(deadlines.overall(CaseFixtures.version(), Urgency.URGENT, null, START).dueAt())
			.isEqualTo(START.plus(Duration.ofHours(4)));
	}

	@Test
	void aHotlineMattersReplyLimitCapsTheOverallLimitButNeverLengthensIt() {
		when(catalog.matterType(MatterKind.CONSULTATION))
			.thenReturn(new MatterType(MatterKind.CONSULTATION, TimeLimit.workingHours(3), "当日答复"));
		when(catalog.matterType(MatterKind.COMPLAINT))
			.thenReturn(new MatterType(MatterKind.COMPLAINT, TimeLimit.workingDays(13), "13 个工作日"));

		assertThat(deadlines.overall(CaseFixtures.version(), Urgency.NORMAL, MatterKind.CONSULTATION, START).dueAt())
			.isEqualTo(START.plus(Duration.ofHours(3)));
		assertThat(deadlines.overall(CaseFixtures.version(), Urgency.NORMAL, MatterKind.COMPLAINT, START).dueAt())
			.isEqualTo(START.plus(Duration.ofHours(7)));
	}

	@Test
	void eachStageRunsOnTheLimitOfItsCatalogueStageAndTheEndedStagesOnNone() {
		assertThat(Deadlines.limitedStage(CaseStage.REPORTED)).contains(Stage.ACCEPT);
		assertThat(Deadlines.limitedStage(CaseStage.FILED)).contains(Stage.DISPATCH);
		assertThat(Deadlines.limitedStage(CaseStage.SUSPENDED)).contains(Stage.HANDLE);
		assertThat(Deadlines.limitedStage(CaseStage.CLOSED)).isEmpty();
		assertThat(deadlines.stage(CaseStage.HANDLING, CaseFixtures.version(), START).dueAt())
			.isEqualTo(START.plus(Duration.ofHours(7)));
		assertThat(deadlines.stage(CaseStage.VERIFYING, CaseFixtures.version(), START).dueAt())
			.isEqualTo(START.plus(Duration.ofHours(2)));
		assertThat(deadlines.stage(CaseStage.CLOSED, CaseFixtures.version(), START)).isNull();
	}

	@Test
	void aSuspensionDoesNotCountAndItsTimeIsKeptToTheSecondRoundedUp() {
		Countdown overall = deadlines.overall(CaseFixtures.version(), Urgency.NORMAL, null, START);
		Instant since = START.plus(Duration.ofHours(1));

		Countdown resumed = deadlines.resumed(overall, since, since.plus(Duration.ofHours(2)), CalendarKind.WORKING);
		Countdown briefly = deadlines.resumed(overall, since, since.plusMillis(300), CalendarKind.WORKING);

		assertThat(resumed.paused()).isEqualTo(Duration.ofHours(2));
		assertThat(resumed.dueAt()).isEqualTo(START.plus(Duration.ofHours(9)));
		assertThat(briefly.dueAt()).isEqualTo(START.plus(Duration.ofHours(7)).plusSeconds(1));
	}

	@Test
	void anExtensionRaisesAgainOnlyTheAlarmsItMovesPastNow() {
		Countdown raised = new Countdown(START, Duration.ofHours(7), Duration.ZERO, START.plus(Duration.ofMinutes(336)),
				START.plus(Duration.ofHours(7)), true, true);
		Instant now = START.plus(Duration.ofHours(8));

		Countdown extended = deadlines.withLimit(raised, Duration.ofHours(14), CalendarKind.WORKING, now);

		assertThat(extended.dueAt()).isEqualTo(START.plus(Duration.ofHours(14)));
		assertThat(extended.warned()).as("80 % of 14 h is 11.2 h, after now").isFalse();
		assertThat(extended.overdue()).isFalse();
		assertThat(deadlines.withLimit(raised, Duration.ofHours(9), CalendarKind.WORKING, now).warned())
			.as("80 % of 9 h is 7.2 h, before now")
			.isTrue();
	}

	@Test
	void theLightIsGreenBelowEightyPercentYellowUpToTheEndAndRedPastIt() {
		Countdown overall = deadlines.overall(CaseFixtures.version(), Urgency.NORMAL, null, START);

		assertThat(deadlines.light(overall, START.plus(Duration.ofHours(5)), CalendarKind.WORKING))
			.isEqualTo(TrafficLight.GREEN);
		assertThat(deadlines.light(overall, START.plus(Duration.ofMinutes(336)), CalendarKind.WORKING))
			.isEqualTo(TrafficLight.YELLOW);
		assertThat(deadlines.light(overall, START.plus(Duration.ofHours(7)), CalendarKind.WORKING))
			.isEqualTo(TrafficLight.YELLOW);
		assertThat(deadlines.light(overall, START.plus(Duration.ofHours(8)), CalendarKind.WORKING))
			.isEqualTo(TrafficLight.RED);
		assertThat(deadlines.used(overall, START.plus(Duration.ofMinutes(210)), CalendarKind.WORKING)).isEqualTo(0.5);
	}

	@Test
	void clocksAreReadAtTheSuspensionAtClosureOrNowAndNotAtAllForCasesEndedWithoutClosure() {
		Instant now = START.plus(Duration.ofHours(30));
		Instant suspended = START.plus(Duration.ofHours(2));
		Instant closed = START.plus(Duration.ofHours(5));

		assertThat(Deadlines.readAt(CaseFixtures.record(CaseStage.HANDLING, null, null, null, null, 0, null), now))
			.isEqualTo(now);
		assertThat(Deadlines.readAt(CaseFixtures.record(CaseStage.SUSPENDED, null, suspended, null, null, 0, null),
				now)).isEqualTo(suspended);
		assertThat(Deadlines.readAt(CaseFixtures.record(CaseStage.CLOSED, null, null, closed, null, 0, null), now))
			.isEqualTo(closed);
		assertThat(Deadlines.readAt(CaseFixtures.record(CaseStage.VOIDED, null, null, null, null, 0, null), now))
			.isNull();
	}
}
