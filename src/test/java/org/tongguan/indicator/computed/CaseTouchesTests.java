package org.tongguan.indicator.computed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.CaseQueries;
import org.tongguan.casework.CaseSnapshot;
import org.tongguan.indicator.Frequency;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.Indicators;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.Regions;
import org.tongguan.shared.PlatformProperties;

/**
 * Which days a case's change marks for a daily street indicator: today and the passed days of its report, closure
 * and deadline, and for an extension or a resumption also the day it was due before, once passed — on Tuesday, a case
 * reported on Friday and due on Monday before its deadline moved to Tuesday afternoon.
 */
class CaseTouchesTests {

	private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

	private static final CaseId ID = new CaseId(7);

	private static final RegionCode STREET = RegionCode.of("440304001");

	private static final Instant TUESDAY_0900 = Instant.parse("2026-11-24T01:00:00Z");

	private static final Instant MONDAY_1100 = Instant.parse("2026-11-23T03:00:00Z");

	private final CaseMarks marks = mock(CaseMarks.class);

	private CaseTouches touches;

	@BeforeEach
	void touches() {
		CaseSnapshot snapshot = mock(CaseSnapshot.class);
		when(snapshot.street()).thenReturn(STREET);
		when(snapshot.reportedAt()).thenReturn(Instant.parse("2026-11-20T02:00:00Z"));
		when(snapshot.dueAt()).thenReturn(Instant.parse("2026-11-24T06:30:00Z"));
		CaseQueries cases = mock(CaseQueries.class);
		when(cases.find(ID)).thenReturn(Optional.of(snapshot));
		Regions regions = mock(Regions.class);
		when(regions.lineage(STREET)).thenReturn(List.of(new Region(STREET, "园岭街道", RegionLevel.STREET, null)));
		IndicatorCode code = IndicatorCode.of("L14P1-A3");
		IndicatorPlan plan = mock(IndicatorPlan.class);
		when(plan.frequency()).thenReturn(Frequency.DAILY);
		when(plan.level()).thenReturn(RegionLevel.STREET);
		Indicators indicators = mock(Indicators.class);
		when(indicators.plans(any())).thenReturn(Map.of(code, plan));
		ComputedIndicators computed = mock(ComputedIndicators.class);
		when(computed.cases()).thenReturn(List.of(new CaseBasis(code, CaseFigure.REPORTED, null, null)));
		touches = new CaseTouches(cases, regions, indicators, computed, marks, Clock.fixed(TUESDAY_0900, CITY),
				new PlatformProperties(CITY, false, null));
	}

	@Test
	void aChangeMarksTodayAndThePassedDaysOfTheCase() {
		touches.touched(ID);

		assertThat(markedDays()).containsExactlyInAnyOrder(LocalDate.parse("2026-11-20"), LocalDate.parse("2026-11-24"));
	}

	@Test
	void anExtensionAlsoMarksThePassedDayTheCaseWasDueBefore() {
		touches.touched(ID, MONDAY_1100);

		assertThat(markedDays()).containsExactlyInAnyOrder(LocalDate.parse("2026-11-20"),
				LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-24"));
	}

	@Test
	void aDeadlineBeforeThatHadNotPassedMarksNothingMore() {
		touches.touched(ID, Instant.parse("2026-11-25T03:00:00Z"), null);

		assertThat(markedDays()).containsExactlyInAnyOrder(LocalDate.parse("2026-11-20"), LocalDate.parse("2026-11-24"));
	}

	@SuppressWarnings("unchecked")
	private List<LocalDate> markedDays() {
		ArgumentCaptor<Collection<CaseMarks.Key>> keys = ArgumentCaptor.forClass(Collection.class);
		verify(marks).mark(keys.capture(), eq(false));
		assertThat(keys.getValue()).allSatisfy(key -> assertThat(key.region()).isEqualTo(STREET));
		return keys.getValue().stream().map(key -> key.period().start()).toList();
	}
}
