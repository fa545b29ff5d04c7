package org.tongguan.casework.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.tongguan.casework.store.CaseFixtures.START;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tongguan.calendar.CalendarKind;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.Channel;
import org.tongguan.casework.Satisfaction;
import org.tongguan.casework.deadline.Deadlines;
import org.tongguan.casework.dispatch.DispatchDecision;
import org.tongguan.casework.dispatch.DispatchRule;
import org.tongguan.casework.event.CaseAccepted;
import org.tongguan.casework.event.CaseClosed;
import org.tongguan.casework.event.CaseDispatched;
import org.tongguan.casework.event.CaseEvaluated;
import org.tongguan.casework.event.CaseExtensionRequested;
import org.tongguan.casework.event.CaseFiled;
import org.tongguan.casework.event.CaseHandled;
import org.tongguan.casework.event.CaseMerged;
import org.tongguan.casework.event.CaseOverdue;
import org.tongguan.casework.event.CaseReopened;
import org.tongguan.casework.event.CaseReported;
import org.tongguan.casework.event.CaseResumed;
import org.tongguan.casework.event.CaseReturned;
import org.tongguan.casework.event.CaseReworked;
import org.tongguan.casework.event.CaseSupervised;
import org.tongguan.casework.event.CaseSuspended;
import org.tongguan.casework.event.CaseSuspensionRequested;
import org.tongguan.casework.event.CaseTransferred;
import org.tongguan.casework.event.CaseVerified;
import org.tongguan.casework.event.CaseVoided;
import org.tongguan.casework.event.CaseWarned;
import org.tongguan.casework.intake.CategoryVersions;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.Stage;
import org.tongguan.catalog.Urgency;
import org.tongguan.identity.Department;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.identity.DepartmentFunction;
import org.tongguan.region.RegionLevel;
import org.tongguan.shared.ConflictException;

/**
 * The case file's transitions alone, without a database or a process: the event each answers, the columns its change
 * holds (only those that changed), and the transitions the case's own state refuses.
 */
class CaseFileTests {

	private static final CaseId ID = new CaseId(42);

	private static final Instant NOW = START.plus(Duration.ofHours(1));

	private static final DepartmentCode STREET_TEAM = new DepartmentCode("440304001-JIEDAO");

	private static final Department CHENGGUAN = new Department(new DepartmentCode("440304-CHENGGUAN"), "福田区城管局",
			DepartmentFunction.CHENGGUAN, RegionLevel.DISTRICT, CaseFixtures.FUTIAN, Set.of(CaseFixtures.FUTIAN));

	/** 7 working hours from the report, 80 % used after 5.6 hours. */
	private static final Countdown OVERALL = new Countdown(START, Duration.ofHours(7), Duration.ZERO,
			START.plus(Duration.ofMinutes(336)), START.plus(Duration.ofHours(7)), false, false);

	/** The handling stage's 2 working hours, started at {@link #NOW}. */
	private static final Countdown HANDLING_CLOCK = new Countdown(NOW, Duration.ofHours(2), Duration.ZERO,
			NOW.plus(Duration.ofMinutes(96)), NOW.plus(Duration.ofHours(2)), false, false);

	@Test
	void aReportAnswersItsEventAndChangesNothing() {
		CaseFile file = new CaseFile(inStage(CaseStage.REPORTED, null));

		assertThat(file.reported())
			.isEqualTo(new CaseReported(ID, Channel.HOTLINE, CategoryCode.of("E0101"), CaseFixtures.GRID));
		assertThat(file.takeChange(NOW).isEmpty()).isTrue();
	}

	@Test
	void onlyACaseHandledOnTheSpotWasStoredClosedOnTime() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new CaseFile(inStage(CaseStage.REPORTED, null)).handledOnTheSpot());

		CaseFile file = new CaseFile(variant(inStage(CaseStage.REPORTED, null), ID, null, true));

		assertThat(file.handledOnTheSpot()).isEqualTo(new CaseClosed(ID, true));
		assertThat(file.takeChange(NOW).isEmpty()).isTrue();
	}

	@Test
	void acceptingChangesTheAcceptanceTimeAloneAndIsSavedOnce() {
		CaseFile file = new CaseFile(inStage(CaseStage.REPORTED, null));

		assertThat(file.accept(NOW)).isEqualTo(new CaseAccepted(ID));

		CaseRowChange change = file.takeChange(NOW);
		assertThat(change.values()).containsExactly(entry(CaseColumn.ACCEPTED_AT, SqlValues.bind(NOW)));
		assertThat(change.increments()).isEmpty();
		assertThat(change.touched()).isTrue();
		assertThat(file.current().milestones().accepted()).isEqualTo(NOW);
		assertThat(file.record().milestones().accepted()).isNull();
		assertThat(file.takeChange(NOW).isEmpty()).isTrue();
	}

	@Test
	void filingUnderTheSameVersionChangesTheUrgencyLimitAndResponsibleDepartmentButNotTheCategory() {
		CaseFile file = new CaseFile(inStage(CaseStage.ACCEPTED, null));
		Countdown urgent = new Countdown(START, Duration.ofHours(4), Duration.ZERO,
				START.plus(Duration.ofMinutes(192)), START.plus(Duration.ofHours(4)), false, false);
		DispatchDecision decision = new DispatchDecision(DispatchDecision.Outcome.DISPATCHED, CHENGGUAN,
				DispatchRule.CATALOGUE, "事项清单：福田区城管局");

		assertThat(file.file(CaseFixtures.version(), Urgency.URGENT, CalendarKind.WORKING, urgent, decision, NOW))
			.isEqualTo(new CaseFiled(ID, CaseFixtures.VERSION_ID, urgent.dueAt()));

		assertThat(file.decided()).contains(decision);
		assertThat(file.takeChange(NOW).values().keySet()).containsExactlyInAnyOrder(CaseColumn.FILED_AT,
				CaseColumn.URGENCY, CaseColumn.LIMIT_SECONDS, CaseColumn.WARN_AT, CaseColumn.DUE_AT,
				CaseColumn.RESPONSIBLE_DEPARTMENT, CaseColumn.RESPONSIBLE_DEPARTMENT_NAME,
				CaseColumn.DISPATCH_EXPLANATION);
	}

	@Test
	void dispatchingSetsTheLeadDepartmentAndCountsTheDispatch() {
		CaseFile file = new CaseFile(inStage(CaseStage.FILED, null));
		DispatchDecision decision = new DispatchDecision(DispatchDecision.Outcome.DISPATCHED, CHENGGUAN,
				DispatchRule.MANUAL, "人工派遣：福田区城管局");

		assertThat(file.dispatch(CHENGGUAN, List.of(STREET_TEAM), decision, NOW))
			.isEqualTo(new CaseDispatched(ID, CHENGGUAN.code(), List.of(STREET_TEAM), OVERALL.dueAt()));

		CaseRowChange change = file.takeChange(NOW);
		assertThat(change.values().keySet()).containsExactlyInAnyOrder(CaseColumn.LEAD_DEPARTMENT,
				CaseColumn.LEAD_DEPARTMENT_NAME, CaseColumn.DISPATCH_RULE, CaseColumn.DISPATCH_EXPLANATION,
				CaseColumn.DISPATCHED_AT);
		assertThat(change.increments()).isEqualTo(Map.of(CaseColumn.DISPATCH_COUNT, 1));
	}

	@Test
	void givingBackClearsTheLeadDepartmentAndCountsTheReturn() {
		CaseFile file = new CaseFile(inStage(CaseStage.HANDLING, STREET_TEAM));

		assertThat(file.giveBack()).isEqualTo(new CaseReturned(ID, STREET_TEAM));

		CaseRowChange change = file.takeChange(NOW);
		assertThat(change.values()).containsExactly(entry(CaseColumn.LEAD_DEPARTMENT, null));
		assertThat(change.increments()).isEqualTo(Map.of(CaseColumn.RETURN_COUNT, 1));
	}

	@Test
	void handlingVerifyingAndReworkingAnswerTheirEventsWithTheLeadDepartment() {
		CaseFile file = new CaseFile(inStage(CaseStage.HANDLING, STREET_TEAM));

		assertThat(file.handle("已清理", NOW)).isEqualTo(new CaseHandled(ID, STREET_TEAM));
		assertThat(file.takeChange(NOW).values().keySet()).containsExactlyInAnyOrder(CaseColumn.HANDLED_AT,
				CaseColumn.NOTE);
		assertThat(file.rework()).isEqualTo(new CaseReworked(ID, STREET_TEAM));
		CaseRowChange rework = file.takeChange(NOW);
		assertThat(rework.values()).isEmpty();
		assertThat(rework.increments()).isEqualTo(Map.of(CaseColumn.REWORK_COUNT, 1));
		assertThat(file.verify(NOW)).isEqualTo(new CaseVerified(ID));
		assertThat(file.takeChange(NOW).values().keySet()).containsExactly(CaseColumn.VERIFIED_AT);
	}

	@Test
	void aCaseClosesOnTimeUntilItsOverallLimitRunsOutAndKeepsItsNoteWithoutAComment() {
		CaseFile onTime = new CaseFile(inStage(CaseStage.CLOSING, STREET_TEAM));
		CaseFile late = new CaseFile(inStage(CaseStage.CLOSING, STREET_TEAM));

		assertThat(onTime.close("按期结案", OVERALL.dueAt())).isEqualTo(new CaseClosed(ID, true));
		assertThat(late.close(null, OVERALL.dueAt().plusSeconds(1))).isEqualTo(new CaseClosed(ID, false));

		assertThat(onTime.takeChange(NOW).values().keySet()).containsExactlyInAnyOrder(CaseColumn.CLOSED_AT,
				CaseColumn.ON_TIME, CaseColumn.NOTE);
		assertThat(late.takeChange(NOW).values()).containsOnlyKeys(CaseColumn.CLOSED_AT, CaseColumn.ON_TIME)
			.containsEntry(CaseColumn.ON_TIME, false);
	}

	@Test
	void reopeningUndoesTheClosureAndWhenAskedTheHandlingAndVerification() {
		CaseFile callback = new CaseFile(closed());
		CaseFile review = new CaseFile(closed());
		review.handle("现场自行处置", NOW);
		review.verify(NOW);
		review.takeChange(NOW);

		assertThat(callback.reopen(false)).isEqualTo(new CaseReopened(ID));
		assertThat(review.reopen(true)).isEqualTo(new CaseReopened(ID));

		CaseRowChange kept = callback.takeChange(NOW);
		assertThat(kept.values()).containsOnlyKeys(CaseColumn.CLOSED_AT, CaseColumn.ON_TIME);
		assertThat(kept.increments()).isEqualTo(Map.of(CaseColumn.REOPEN_COUNT, 1));
		assertThat(review.takeChange(NOW).values()).containsOnlyKeys(CaseColumn.CLOSED_AT, CaseColumn.ON_TIME,
				CaseColumn.HANDLED_AT, CaseColumn.VERIFIED_AT);
	}

	@Test
	void anEvaluationRecordsTheAnswerAndItsTime() {
		CaseFile file = new CaseFile(closed());

		assertThat(file.evaluate(Satisfaction.DISSATISFIED, NOW))
			.isEqualTo(new CaseEvaluated(ID, Satisfaction.DISSATISFIED));
		assertThat(file.takeChange(NOW).values().keySet()).containsExactlyInAnyOrder(CaseColumn.EVALUATED_AT,
				CaseColumn.SATISFACTION);
	}

	@Test
	void aMasterThatEndedWithoutClosingTakesNoDuplicatesAndNothingChanges() {
		CaseId masterId = new CaseId(7);
		CaseFile file = new CaseFile(inStage(CaseStage.REPORTED, null));

		assertThatThrownBy(() -> file.mergeInto(variant(inStage(CaseStage.VOIDED, null), masterId, null, false), "x"))
			.isInstanceOf(ConflictException.class)
			.hasMessage("Case 7 is 已作废 and cannot take duplicates");
		assertThat(file.takeChange(NOW).isEmpty()).isTrue();

		assertThat(file.mergeInto(variant(closed(), masterId, null, false), "已合并至 20261123000007"))
			.isEqualTo(new CaseMerged(ID, masterId));
		assertThat(file.takeChange(NOW).values()).containsOnlyKeys(CaseColumn.MERGED_INTO, CaseColumn.NOTE)
			.containsEntry(CaseColumn.MERGED_INTO, 7L);
		assertThat(new CaseFile(inStage(CaseStage.REPORTED, null))
			.mergeInto(variant(inStage(CaseStage.HANDLING, STREET_TEAM), masterId, null, false), "x"))
			.isEqualTo(new CaseMerged(ID, masterId));
	}

	@Test
	void voidingAndTransferringTo110KeepTheirReasonAsTheNote() {
		CaseFile voided = new CaseFile(inStage(CaseStage.REPORTED, null));
		CaseFile transferred = new CaseFile(inStage(CaseStage.REPORTED, null));

		assertThat(voided.voidCase("重复上报")).isEqualTo(new CaseVoided(ID));
		assertThat(transferred.transferTo110("TG110-20261123000042", "涉及治安"))
			.isEqualTo(new CaseTransferred(ID, "TG110-20261123000042"));

		assertThat(voided.takeChange(NOW).values()).containsExactly(entry(CaseColumn.NOTE, "重复上报"));
		assertThat(transferred.takeChange(NOW).values()).containsExactly(entry(CaseColumn.NOTE, "涉及治安"));
	}

	@Test
	void requestsForMoreTimeOrASuspensionChangeNothingUntilDecided() {
		CaseFile file = new CaseFile(inStage(CaseStage.HANDLING, STREET_TEAM));

		assertThat(file.requestExtension(5, "2d")).isEqualTo(new CaseExtensionRequested(ID, 5, "2d"));
		assertThat(file.requestSuspension(6)).isEqualTo(new CaseSuspensionRequested(ID, 6));
		assertThat(file.takeChange(NOW).isEmpty()).isTrue();
	}

	@Test
	void aSuspensionStopsTheClocksAndTheResumptionAnswersTheMovedDeadline() {
		Deadlines deadlines = mock(Deadlines.class);
		CategoryVersions versions = mock(CategoryVersions.class);
		Instant resumedAt = NOW.plus(Duration.ofHours(2));
		Countdown moved = new Countdown(START, OVERALL.limit(), Duration.ofHours(2),
				OVERALL.warnAt().plus(Duration.ofHours(2)), OVERALL.dueAt().plus(Duration.ofHours(2)), false, false);
		when(deadlines.resumed(OVERALL, NOW, resumedAt, CalendarKind.WORKING)).thenReturn(moved);
		CaseFile file = new CaseFile(inStage(CaseStage.HANDLING, STREET_TEAM));

		file.enter(CaseStage.SUSPENDED, versions, deadlines, NOW);
		assertThat(file.suspended()).isEqualTo(new CaseSuspended(ID));
		assertThat(file.takeChange(NOW).values()).containsOnlyKeys(CaseColumn.STAGE, CaseColumn.SUSPENDED_SINCE);

		file.enter(CaseStage.HANDLING, versions, deadlines, resumedAt);
		assertThat(file.resumed()).isEqualTo(new CaseResumed(ID, moved.dueAt(), OVERALL.dueAt()));
		assertThat(file.takeChange(resumedAt).values()).containsOnlyKeys(CaseColumn.STAGE,
				CaseColumn.SUSPENDED_SINCE, CaseColumn.PAUSED_SECONDS, CaseColumn.WARN_AT, CaseColumn.DUE_AT);
	}

	@Test
	void onlyAnOpenCaseWithAHandlingDepartmentIsSupervised() {
		assertThatThrownBy(() -> new CaseFile(closed()).supervise()).isInstanceOf(ConflictException.class)
			.hasMessage("Case 42 is 已办结; only open cases are supervised");
		assertThatThrownBy(() -> new CaseFile(inStage(CaseStage.FILED, null)).supervise())
			.isInstanceOf(ConflictException.class)
			.hasMessage("Case 42 has no handling department to supervise yet");

		CaseFile file = new CaseFile(inStage(CaseStage.HANDLING, STREET_TEAM));
		assertThat(file.supervise()).isEqualTo(new CaseSupervised(ID, STREET_TEAM));
		CaseRowChange change = file.takeChange(NOW);
		assertThat(change.values()).isEmpty();
		assertThat(change.increments()).isEqualTo(Map.of(CaseColumn.SUPERVISION_COUNT, 1));
	}

	@Test
	void eachAlarmIsRaisedOnceWhenDueOnTheStageLimitOrTheOverallOne() {
		CaseFile file = new CaseFile(variant(inStage(CaseStage.HANDLING, STREET_TEAM), ID, HANDLING_CLOCK, false));
		Instant early = HANDLING_CLOCK.warnAt().minusSeconds(1);

		assertThat(file.warn(Stage.HANDLE, early)).isEmpty();
		assertThat(file.overdue(null, early)).isEmpty();
		assertThat(file.takeChange(early).isEmpty()).isTrue();

		assertThat(file.warn(Stage.HANDLE, HANDLING_CLOCK.warnAt()))
			.contains(new CaseWarned(ID, Stage.HANDLE, HANDLING_CLOCK.dueAt()));
		assertThat(file.warn(Stage.HANDLE, HANDLING_CLOCK.dueAt())).isEmpty();
		assertThat(file.takeChange(NOW).values()).containsExactly(entry(CaseColumn.STAGE_WARNED, true));

		assertThat(file.warn(null, OVERALL.dueAt())).contains(new CaseWarned(ID, null, OVERALL.dueAt()));
		assertThat(file.overdue(null, OVERALL.dueAt())).contains(new CaseOverdue(ID, null, OVERALL.dueAt()));
		assertThat(file.overdue(null, OVERALL.dueAt().plusSeconds(1))).isEmpty();
		assertThat(file.takeChange(NOW).values()).containsOnlyKeys(CaseColumn.WARNED, CaseColumn.OVERDUE);

		assertThat(new CaseFile(inStage(CaseStage.HANDLING, STREET_TEAM)).warn(Stage.HANDLE, OVERALL.dueAt()))
			.isEmpty();
	}

	private static CaseRecord inStage(CaseStage stage, DepartmentCode lead) {
		return CaseFixtures.record(stage, OVERALL, null, null, null, 0, lead);
	}

	private static CaseRecord closed() {
		return CaseFixtures.record(CaseStage.CLOSED, OVERALL, null, OVERALL.dueAt(), null, 0, STREET_TEAM);
	}

	/** The case under another id, with a stage clock, handled on the spot or not. */
	private static CaseRecord variant(CaseRecord r, CaseId id, Countdown stageClock, boolean selfHandled) {
		return new CaseRecord(id, r.channel(), r.stage(), r.externalId(), r.reportedBy(), r.reporter(), r.place(),
				r.matter(), r.milestones(), r.overall(), stageClock, r.suspendedSince(), r.alarmAt(),
				r.escalationLevel(), r.tally(), r.assignment(), r.onTime(), r.satisfaction(), selfHandled,
				r.duplicateSuspect(), r.imported(), r.mergedInto(), r.note(), r.processInstanceId(), r.updatedAt());
	}
}
