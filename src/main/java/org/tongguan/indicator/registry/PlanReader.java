package org.tongguan.indicator.registry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.tongguan.identity.DepartmentCode;
import org.tongguan.indicator.AccessGrade;
import org.tongguan.indicator.Direction;
import org.tongguan.indicator.Framework;
import org.tongguan.indicator.FrameworkReference;
import org.tongguan.indicator.Frequency;
import org.tongguan.indicator.IndicatorClass;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.IndicatorDomain;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.IndicatorSource;
import org.tongguan.indicator.Thresholds;
import org.tongguan.indicator.ValueRange;
import org.tongguan.region.RegionLevel;
import org.tongguan.shared.Violations;

/**
 * Reads a {@link PlanDraft} into an {@link IndicatorPlan}, naming every field that is missing or wrong; it looks at
 * the draft alone ({@link PlanChecks} holds it against the registry and the departments).
 */
final class PlanReader {

	private PlanReader() {
	}

	/** The plan, or {@code null} when the draft has problems (each added to {@code problems}). */
	static IndicatorPlan read(PlanDraft draft, Violations problems) {
		int before = problems.count();
		IndicatorCode code = code(draft.code(), problems);
		String name = Texts.text(problems, draft.name(), "name", 200, true);
		String definition = Texts.text(problems, draft.definition(), "definition", 2000, true);
		String caliber = Texts.text(problems, draft.caliber(), "caliber", 2000, true);
		String method = Texts.text(problems, draft.method(), "method", 2000, true);
		String unit = Texts.text(problems, draft.unit(), "unit", 32, true);
		Direction direction = problems.choice(Direction.class, draft.direction(), "direction", true);
		IndicatorClass indicatorClass = problems.choice(IndicatorClass.class, draft.indicatorClass(),
				"indicatorClass", true);
		IndicatorDomain domain = problems.choice(IndicatorDomain.class, draft.domain(), "domain", true);
		RegionLevel level = problems.choice(RegionLevel.class, draft.level(), "level", true);
		Frequency frequency = problems.choice(Frequency.class, draft.frequency(), "frequency", true);
		Duration delay = delay(draft.expectedDelay(), problems);
		IndicatorSource source = source(draft, problems);
		DepartmentCode responsible = department(draft.responsibleDepartment(), "responsibleDepartment", problems);
		List<FrameworkReference> references = references(draft.references(), problems);
		AccessGrade grade = problems.choice(AccessGrade.class, draft.grade(), "grade", true);
		ValueRange validRange = Targets.range(draft.min(), draft.max(), "min", "max", problems);
		ValueRange band = Targets.band(draft, direction, validRange, problems);
		Double target = Targets.target(draft, direction, validRange, problems);
		Thresholds thresholds = ThresholdRules.read(draft, direction, problems);
		String responsePlan = Texts.text(problems, draft.responsePlan(), "responsePlan", 4000, false);
		if (thresholds.targetGap() != null && target == null && ValueRange.ANY.equals(band)) {
			problems.add("targetGap", "needs a target (target, or targetLow and targetHigh)");
		}
		if (responsePlan == null && (thresholds.warns() || draft.thresholds() != null
				&& !draft.thresholds().isEmpty())) {
			problems.add("responsePlan", "is required when the indicator has thresholds (应对预案)");
		}
		Texts.text(problems, draft.note(), "note", 500, false);
		if (problems.count() > before) {
			return null;
		}
		return new IndicatorPlan(code, name, definition, caliber, method, unit, direction, indicatorClass, domain,
				level, frequency, delay, source, responsible, references, grade, Boolean.TRUE.equals(
						draft.highFrequency()), validRange, target, band, thresholds, responsePlan,
				Boolean.TRUE.equals(draft.retired()));
	}

	private static IndicatorCode code(String text, Violations problems) {
		if (text == null || text.isBlank()) {
			problems.add("code", "is required: " + IndicatorCode.FORM);
			return null;
		}
		if (!IndicatorCode.isValid(text.strip())) {
			problems.add("code", "'" + text + "' is not an indicator code: " + IndicatorCode.FORM);
			return null;
		}
		return IndicatorCode.of(text.strip());
	}

	private static Duration delay(String text, Violations problems) {
		if (text == null || text.isBlank()) {
			problems.add("expectedDelay", "is required: an ISO-8601 duration such as P15D or PT6H");
			return null;
		}
		return Delays.parse(text).orElseGet(() -> {
			problems.add("expectedDelay", "'" + text + "' is not an ISO-8601 duration from PT0S to P366D, e.g. "
					+ "P15D or PT6H");
			return null;
		});
	}

	private static IndicatorSource source(PlanDraft draft, Violations problems) {
		DepartmentCode department = department(draft.sourceDepartment(), "sourceDepartment", problems);
		String system = draft.sourceSystem() == null ? null : draft.sourceSystem().strip();
		if (!IndicatorSource.isSystemName(system)) {
			problems.add("sourceSystem", (system == null || system.isEmpty() ? "is required: "
					: "'" + system + "' is not a system name: ") + IndicatorSource.SYSTEM_FORM);
			return null;
		}
		return department == null ? null : new IndicatorSource(department, system);
	}

	private static DepartmentCode department(String text, String field, Violations problems) {
		String code = text == null ? "" : text.strip();
		if (!DepartmentCode.isValid(code)) {
			problems.add(field, code.isEmpty() ? "is required: a department code"
					: "'" + code + "' is not a department code");
			return null;
		}
		return new DepartmentCode(code);
	}

	private static List<FrameworkReference> references(List<PlanDraft.Reference> drafts, Violations problems) {
		List<FrameworkReference> references = new ArrayList<>();
		Set<FrameworkReference> seen = new HashSet<>();
		List<PlanDraft.Reference> given = drafts == null ? List.of() : drafts;
		for (int i = 0; i < given.size(); i++) {
			String field = "references[" + i + "]";
			PlanDraft.Reference draft = given.get(i);
			if (draft == null) {
				problems.add(field, "is empty");
				continue;
			}
			Framework framework = problems.choice(Framework.class, draft.framework(), field + ".framework", true);
			String clause = Texts.text(problems, draft.clause(), field + ".clause", 64, true);
			if (framework != null && clause != null) {
				FrameworkReference reference = new FrameworkReference(framework, clause);
				if (!seen.add(reference)) {
					problems.add(field, "repeats " + framework + " " + clause);
				}
				references.add(reference);
			}
		}
		return references;
	}
}
