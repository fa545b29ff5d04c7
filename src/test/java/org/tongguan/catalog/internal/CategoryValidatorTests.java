package org.tongguan.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.CategoryKind;
import org.tongguan.catalog.MajorCategory;
import org.tongguan.catalog.Stage;
import org.tongguan.catalog.Urgency;
import org.tongguan.catalog.internal.CategoryValidator.ValidCategory;
import org.tongguan.identity.DepartmentFunction;
import org.tongguan.identity.DepartmentFunctions;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.Regions;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.TimeLimit;
import org.tongguan.shared.Violation;

class CategoryValidatorTests {

	private static final List<MajorCategory> MAJORS = List.of(new MajorCategory(CategoryKind.EVENT, "01", "市容环境"),
			new MajorCategory(CategoryKind.COMPONENT, "01", "公共设施"));

	private final Regions regions = mock(Regions.class);

	/** The built-in functions only. */
	static final DepartmentFunctions BUILT_IN = new DepartmentFunctions() {

		@Override
		public List<DepartmentFunction> all() {
			return DepartmentFunction.BUILT_IN;
		}

		@Override
		public Optional<DepartmentFunction> find(String codeOrLabel) {
			return DepartmentFunction.builtIn(codeOrLabel);
		}
	};

	private final CategoryValidator validator = new CategoryValidator(regions, BUILT_IN);

	@BeforeEach
	void knownRegions() {
		when(regions.find(any())).thenReturn(Optional.empty());
		RegionCode city = RegionCode.of("440300");
		RegionCode futian = RegionCode.of("440304");
		RegionCode street = RegionCode.of("440304001");
		when(regions.find(futian)).thenReturn(Optional.of(new Region(futian, "福田区", RegionLevel.DISTRICT, city)));
		when(regions.find(street)).thenReturn(Optional.of(new Region(street, "园岭街道", RegionLevel.STREET, futian)));
	}

	@Test
	void acceptsAValidDraftWithItsLimitsAndOverrides() {
		ValidCategory valid = validator.newCategory(draft().overrides(Map.of("440304", districtResponsibility()))
			.build(), MAJORS);

		assertThat(valid.code()).isEqualTo(CategoryCode.of("E0101"));
		assertThat(valid.definition().limits().overall()).isEqualTo(TimeLimit.workingDays(1));
		assertThat(valid.definition().limits().stage(Stage.HANDLE)).isEqualTo(TimeLimit.workingHours(6));
		assertThat(valid.definition().responsibility().dispatchFunction()).isEqualTo(DepartmentFunction.JIEDAO);
		assertThat(valid.definition().responsibilityIn(RegionCode.of("440304")).dispatchFunction())
			.isEqualTo(DepartmentFunction.HUANWEI);
		assertThat(valid.definition().active()).isTrue();
	}

	@Test
	void refusesANegativeLimit() {
		assertViolations(draft().urgency("NORMAL", new LimitDraft(-1, "WORKING_DAYS")), "urgencyLimits.NORMAL.amount");
	}

	@Test
	void refusesAMissingLimitAmountOrUnit() {
		assertViolations(draft().stage("HANDLE", new LimitDraft(null, "WORKING_HOURS")), "stageLimits.HANDLE.amount");
		assertViolations(draft().stage("HANDLE", new LimitDraft(3, null)), "stageLimits.HANDLE.unit");
		assertViolations(draft().stage("VERIFY", new LimitDraft(3, "MINUTES")), "stageLimits.VERIFY.unit");
	}

	@Test
	void refusesAMissingStageLimit() {
		assertViolations(draft().withoutStage("HANDLE"), "stageLimits.HANDLE");
	}

	@Test
	void refusesAStageLongerThanTheOverallLimit() {
		assertViolations(draft().stage("HANDLE", LimitDraft.parse("2d")), "stageLimits.HANDLE");
		assertViolations(draft().stage("HANDLE", LimitDraft.parse("9h")), "stageLimits.HANDLE");
	}

	@Test
	void countsAWorkingDayAsTwentyFourHoursOnTheRoundTheClockCalendar() {
		ValidCategory valid = validator.newCategory(draft().stage("HANDLE", LimitDraft.parse("20h"))
			.roundTheClock()
			.build(), MAJORS);

		assertThat(valid.definition().roundTheClock()).isTrue();
	}

	@Test
	void refusesAMoreUrgentLevelWithALongerLimit() {
		assertViolations(draft().urgency("URGENT", LimitDraft.parse("2d")), "urgencyLimits.URGENT");
	}

	@Test
	void refusesADefaultUrgencyWithoutLimit() {
		assertViolations(draft().defaultUrgency("CRITICAL"), "urgencyLimits.CRITICAL");
	}

	@Test
	void refusesAnUnknownFunctionAndADispatchLevelWithoutFunction() {
		assertViolations(draft().responsibility(new ResponsibilityDraft("STREET", "CHENGGUAN", "POLICE", "JIEDAO")),
				"responsibility.district");
		assertViolations(draft().responsibility(new ResponsibilityDraft("STREET", "CHENGGUAN", "HUANWEI", null)),
				"responsibility.street");
		assertViolations(draft().responsibility(new ResponsibilityDraft("GRID", null, null, "JIEDAO")),
				"responsibility.dispatchLevel");
	}

	@Test
	void refusesOverridesForUnknownRegionsAndForNonDistricts() {
		assertViolations(draft().overrides(Map.of("449999", districtResponsibility())), "districtOverrides.449999");
		assertViolations(draft().overrides(Map.of("440304001", districtResponsibility())),
				"districtOverrides.440304001");
		assertViolations(draft().overrides(Map.of("福田", districtResponsibility())), "districtOverrides.福田");
	}

	@Test
	void acceptsABuiltInLabelForAFunction() {
		ValidCategory valid = validator.newCategory(draft()
			.responsibility(new ResponsibilityDraft("STREET", "城管", "环卫", "街道办"))
			.build(), MAJORS);

		assertThat(valid.definition().responsibility().city()).isEqualTo(DepartmentFunction.CHENGGUAN);
		assertThat(valid.definition().responsibility().street()).isEqualTo(DepartmentFunction.JIEDAO);
	}

	@Test
	void refusesABadCodeAndACodeThatDoesNotMatchKindOrMajor() {
		assertViolations(draft().code("E101"), "code");
		assertViolations(draft().code(null), "code");
		assertViolations(draft().kind("COMPONENT"), "kind");
		assertViolations(draft().major("02"), "major");
		assertViolations(draft().code("E0901").major(null), "major");
	}

	@Test
	void namesEveryViolationAtOnce() {
		CategoryDraft draft = draft().code("X1").name(" ").urgency("NORMAL", new LimitDraft(-2, "WORKING_DAYS"))
			.build();

		assertThatThrownBy(() -> validator.newCategory(draft, MAJORS)).isInstanceOfSatisfying(
				InvalidInputException.class, e -> assertThat(e.violations()).extracting(Violation::field)
					.contains("code", "name", "urgencyLimits.NORMAL.amount"));
	}

	@Test
	void aRevisionKeepsItsCodeAndActiveState() {
		CategoryCode code = CategoryCode.of("E0101");

		assertThat(validator.revision(code, draft().code(null).kind(null).major(null).build(), false).definition()
			.active()).isFalse();
		assertThatThrownBy(() -> validator.revision(code, draft().code("E0102").build(), true))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("code"));
	}

	@Test
	void readsTheShortFormOfALimit() {
		assertThat(LimitDraft.parse("5h")).isEqualTo(new LimitDraft(5, "WORKING_HOURS"));
		assertThat(LimitDraft.parse("15d")).isEqualTo(new LimitDraft(15, "WORKING_DAYS"));
		assertThat(LimitDraft.parse("-1d")).isEqualTo(new LimitDraft(-1, "WORKING_DAYS"));
		assertThat(LimitDraft.parse("soon")).isEqualTo(new LimitDraft(null, "soon"));
	}

	@Test
	void offersEveryUrgencyItStates() {
		ValidCategory valid = validator.newCategory(draft().urgency("CRITICAL", LimitDraft.parse("2h")).build(),
				MAJORS);

		assertThat(valid.definition().limits().overall(Urgency.CRITICAL)).contains(TimeLimit.workingHours(2));
		assertThat(valid.definition().limits().urgencyLimits()).containsOnlyKeys(Urgency.NORMAL, Urgency.URGENT,
				Urgency.CRITICAL);
	}

	private void assertViolations(DraftBuilder draft, String field) {
		assertThatThrownBy(() -> validator.newCategory(draft.build(), MAJORS)).isInstanceOfSatisfying(
				InvalidInputException.class,
				e -> assertThat(e.violations()).extracting(Violation::field).containsExactly(field));
	}

	private static ResponsibilityDraft districtResponsibility() {
		return new ResponsibilityDraft("DISTRICT", "CHENGGUAN", "HUANWEI", "JIEDAO");
	}

	private static DraftBuilder draft() {
		return new DraftBuilder();
	}

	/** A valid draft of 暴露垃圾 to vary one field at a time. */
	private static final class DraftBuilder {

		private String code = "E0101";

		private String kind = "EVENT";

		private String major = "01";

		private String name = "暴露垃圾";

		private ResponsibilityDraft responsibility = new ResponsibilityDraft("STREET", "CHENGGUAN", "HUANWEI",
				"JIEDAO");

		private Map<String, ResponsibilityDraft> overrides = Map.of();

		private String defaultUrgency = "NORMAL";

		private final Map<String, LimitDraft> urgencies = new LinkedHashMap<>(
				Map.of("NORMAL", LimitDraft.parse("1d"), "URGENT", LimitDraft.parse("4h")));

		private final Map<String, LimitDraft> stages = new HashMap<>(Map.of("ACCEPT", LimitDraft.parse("1h"), "FILE",
				LimitDraft.parse("1h"), "DISPATCH", LimitDraft.parse("1h"), "HANDLE", LimitDraft.parse("6h"), "VERIFY",
				LimitDraft.parse("2h"), "CLOSE", LimitDraft.parse("1h")));

		private boolean roundTheClock;

		DraftBuilder code(String value) {
			code = value;
			return this;
		}

		DraftBuilder kind(String value) {
			kind = value;
			return this;
		}

		DraftBuilder major(String value) {
			major = value;
			return this;
		}

		DraftBuilder name(String value) {
			name = value;
			return this;
		}

		DraftBuilder responsibility(ResponsibilityDraft value) {
			responsibility = value;
			return this;
		}

		DraftBuilder overrides(Map<String, ResponsibilityDraft> value) {
			overrides = value;
			return this;
		}

		DraftBuilder defaultUrgency(String value) {
			defaultUrgency = value;
			return this;
		}

		DraftBuilder urgency(String urgency, LimitDraft limit) {
			urgencies.put(urgency, limit);
			return this;
		}

		DraftBuilder stage(String stage, LimitDraft limit) {
			stages.put(stage, limit);
			return this;
		}

		DraftBuilder withoutStage(String stage) {
			stages.remove(stage);
			return this;
		}

		DraftBuilder roundTheClock() {
			roundTheClock = true;
			return this;
		}

		CategoryDraft build() {
			return new CategoryDraft(code, kind, major, name, responsibility, overrides, defaultUrgency, urgencies,
					stages, "暴露垃圾已清除", null, false, roundTheClock, null, null);
		}
	}
}
