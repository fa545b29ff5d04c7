package org.tongguan.casework.store;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.tongguan.calendar.CalendarKind;
import org.tongguan.calendar.WorkingCalendar;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.Channel;
import org.tongguan.casework.dispatch.DispatchRule;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.CategoryDefinition;
import org.tongguan.catalog.CategoryLimits;
import org.tongguan.catalog.CategoryVersion;
import org.tongguan.catalog.CategoryVersionId;
import org.tongguan.catalog.Responsibility;
import org.tongguan.catalog.Stage;
import org.tongguan.catalog.Urgency;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.identity.DepartmentFunction;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.shared.TimeLimit;

/**
 * What the unit tests of casework's rules build cases from, without a database: a calendar on which every hour is
 * working time (a working day lasting 7 hours), a category version of 暴露垃圾 and a case at a grid in 福田.
 */
public final class CaseFixtures {

	/** Monday 23 November 2026, 09:00 in Shenzhen. */
	public static final Instant START = Instant.parse("2026-11-23T01:00:00Z");

	public static final RegionCode FUTIAN = RegionCode.of("440304");

	public static final RegionCode GRID = RegionCode.of("440304001001001");

	public static final CasePlace PLACE = new CasePlace(114.0579, 22.5431, null, GRID, RegionCode.of("440304001001"),
			RegionCode.of("440304001"), FUTIAN);

	public static final CategoryVersionId VERSION_ID = new CategoryVersionId(7);

	private CaseFixtures() {
	}

	/**
	 * 暴露垃圾, dispatched to the district's 城管: 1 working day overall at NORMAL, 4 working hours at URGENT, 2 working
	 * hours for every stage but handling (1 working day).
	 */
	public static CategoryVersion version() {
		Map<Stage, TimeLimit> stages = new EnumMap<>(Stage.class);
		for (Stage stage : Stage.values()) {
			stages.put(stage, stage == Stage.HANDLE ? TimeLimit.workingDays(1) : TimeLimit.workingHours(2));
		}
		CategoryLimits limits = new CategoryLimits(Urgency.NORMAL,
				Map.of(Urgency.NORMAL, TimeLimit.workingDays(1), Urgency.URGENT, TimeLimit.workingHours(4)), stages);
		Responsibility responsibility = new Responsibility(RegionLevel.DISTRICT, DepartmentFunction.CHENGGUAN,
				DepartmentFunction.CHENGGUAN, DepartmentFunction.JIEDAO);
		return new CategoryVersion(VERSION_ID, CategoryCode.of("E0101"), 1, new CategoryDefinition("暴露垃圾",
				responsibility, Map.of(), limits, null, null, false, false, true), "test", START, null);
	}

	/** A case at {@link #PLACE} of {@link #version()}, reported at {@link #START}, led by {@code lead}. */
	public static CaseRecord record(CaseStage stage, Countdown overall, Instant suspendedSince, Instant closed,
			RegionLevel escalationLevel, int escalations, DepartmentCode lead) {
		return new CaseRecord(new CaseId(42), Channel.HOTLINE, stage, null, "operator", null, PLACE,
				new CaseMatter(CategoryCode.of("E0101"), VERSION_ID, "暴露垃圾", null, Urgency.NORMAL,
						CalendarKind.WORKING, "路边暴露垃圾"),
				new Milestones(START, null, null, null, null, null, closed, null), overall, null, suspendedSince, null,
				escalationLevel, new Tally(0, 0, 0, 0, 0, 0, escalations),
				new Assignment(lead, null, lead, null, DispatchRule.CATALOGUE, null), closed == null ? null : true,
				null, false, false, false, null, null, null, START);
	}

	/** Every hour is working time; a working day is 7 hours on the working calendar, 24 round the clock. */
	public static final class EveryHourWorks implements WorkingCalendar {

		@Override
		public Instant deadline(Instant start, TimeLimit limit, CalendarKind kind) {
			return start.plus(length(limit, kind));
		}

		@Override
		public Duration elapsed(Instant from, Instant to, CalendarKind kind) {
			return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
		}

		@Override
		public Duration length(TimeLimit limit, CalendarKind kind) {
			return limit.unit() == TimeLimit.Unit.WORKING_HOURS ? Duration.ofHours(limit.amount())
					: Duration.ofHours(limit.amount() * (kind == CalendarKind.WORKING ? 7L : 24L));
		}
	}
}
