package org.tongguan.catalog.internal;

import java.util.Collection;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.CategoryDefinition;
import org.tongguan.catalog.CategoryKind;
import org.tongguan.catalog.CategoryLimits;
import org.tongguan.catalog.MajorCategory;
import org.tongguan.catalog.Responsibility;
import org.tongguan.identity.DepartmentFunctions;
import org.tongguan.region.RegionCode;
import org.tongguan.region.Regions;
import org.tongguan.shared.Violations;

/**
 * Turns a draft into a valid sub-category or fails with every violation, each naming its field; nothing is stored
 * before a draft passes.
 */
@Component
public class CategoryValidator {

	static final int NAME_LENGTH = 64;

	static final int TEXT_LENGTH = 2000;

	static final int NOTE_LENGTH = 500;

	private final Regions regions;

	private final DepartmentFunctions functions;

	CategoryValidator(Regions regions, DepartmentFunctions functions) {
		this.regions = regions;
		this.functions = functions;
	}

	/** A new sub-category: a well-formed code under a known major, and a valid definition. */
	public ValidCategory newCategory(CategoryDraft draft, Collection<MajorCategory> majors) {
		return newCategory(draft, majors, new Violations());
	}

	/** As {@link #newCategory(CategoryDraft, Collection)}, adding to findings made while completing the draft. */
	public ValidCategory newCategory(CategoryDraft draft, Collection<MajorCategory> majors, Violations findings) {
		CategoryCode code = null;
		if (draft.code() == null || draft.code().isBlank()) {
			if (findings.isEmpty()) {
				findings.add("code", "is required, e.g. E0101 (or left out with the major given)");
			}
		}
		else if (!CategoryCode.isValid(draft.code())) {
			findings.add("code", "'" + draft.code() + "' is not a category code: " + CategoryCode.FORM);
		}
		else {
			code = CategoryCode.of(draft.code());
			checkKindAndMajor(draft, code, findings);
			checkMajorExists(code, majors, findings);
		}
		CategoryDefinition definition = definition(draft, true, findings);
		findings.throwIfAny("The sub-category is invalid");
		return new ValidCategory(code, definition, note(draft));
	}

	/** The next version of an existing sub-category; code, kind and major may be left out but must not differ. */
	public ValidCategory revision(CategoryCode code, CategoryDraft draft, boolean active) {
		return revision(code, draft, active, new Violations());
	}

	/** As {@link #revision(CategoryCode, CategoryDraft, boolean)}, adding to earlier findings. */
	public ValidCategory revision(CategoryCode code, CategoryDraft draft, boolean active, Violations findings) {
		if (draft.code() != null && !draft.code().isBlank() && !draft.code().strip().equals(code.value())) {
			findings.add("code", "must be " + code + ", the code being edited (a code never changes)");
		}
		checkKindAndMajor(draft, code, findings);
		CategoryDefinition definition = definition(draft, active, findings);
		findings.throwIfAny("The new version of " + code + " is invalid");
		return new ValidCategory(code, definition, note(draft));
	}

	private CategoryDefinition definition(CategoryDraft draft, boolean active, Violations findings) {
		String name = findings.text(draft.name(), "name", NAME_LENGTH, true);
		Responsibility responsibility = ResponsibilityRules.responsibility(draft.responsibility(), "responsibility",
				functions, findings);
		Map<RegionCode, Responsibility> overrides = ResponsibilityRules.overrides(draft.districtOverrides(), regions,
				functions, findings);
		boolean roundTheClock = Boolean.TRUE.equals(draft.roundTheClock());
		CategoryLimits limits = LimitRules.limits(draft, roundTheClock, findings);
		String closing = findings.text(draft.closingConditions(), "closingConditions", TEXT_LENGTH, true);
		String legalBasis = findings.text(draft.legalBasis(), "legalBasis", TEXT_LENGTH, false);
		findings.text(draft.changeNote(), "changeNote", NOTE_LENGTH, false);
		if (findings.count() > 0) {
			return null;
		}
		return new CategoryDefinition(name, responsibility, overrides, limits, closing, legalBasis,
				Boolean.TRUE.equals(draft.policeMatter()), roundTheClock, active);
	}

	private static void checkKindAndMajor(CategoryDraft draft, CategoryCode code, Violations findings) {
		CategoryKind kind = findings.choice(CategoryKind.class, draft.kind(), "kind", false);
		if (kind != null && kind != code.kind()) {
			findings.add("kind", kind + " does not match code " + code + ", which is a " + code.kind());
		}
		if (draft.major() != null && !draft.major().strip().equals(code.major())) {
			findings.add("major", "'" + draft.major() + "' does not match code " + code + ", whose major is "
					+ code.major());
		}
	}

	private static void checkMajorExists(CategoryCode code, Collection<MajorCategory> majors, Violations findings) {
		boolean known = majors.stream()
			.anyMatch(major -> major.kind() == code.kind() && major.code().equals(code.major()));
		if (!known) {
			findings.add("major", "there is no " + code.kind() + " major " + code.major());
		}
	}

	private static String note(CategoryDraft draft) {
		return draft.changeNote() == null || draft.changeNote().isBlank() ? null : draft.changeNote().strip();
	}

	/** A validated sub-category version, ready to store. */
	public record ValidCategory(CategoryCode code, CategoryDefinition definition, String changeNote) {
	}
}
