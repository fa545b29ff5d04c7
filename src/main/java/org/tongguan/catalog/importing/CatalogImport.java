package org.tongguan.catalog.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.CategoryDefinition;
import org.tongguan.catalog.CategoryKind;
import org.tongguan.catalog.CategoryVersion;
import org.tongguan.catalog.internal.CatalogEditor;
import org.tongguan.catalog.internal.CatalogProperties;
import org.tongguan.catalog.internal.CatalogueState;
import org.tongguan.catalog.internal.CategoryDraft;
import org.tongguan.catalog.internal.CategoryValidator;
import org.tongguan.catalog.internal.CategoryValidator.ValidCategory;
import org.tongguan.catalog.internal.DraftCompletion;
import org.tongguan.catalog.internal.MajorAdministration;
import org.tongguan.catalog.internal.MajorDraft;
import org.tongguan.catalog.internal.MajorRecord;
import org.tongguan.catalog.internal.MajorStore;
import org.tongguan.catalog.internal.VersionStore;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.Violation;
import org.tongguan.shared.Violations;

/**
 * Imports a whole catalogue (JSON or CSV) in one all-or-nothing call: every major and sub-category is checked first,
 * each problem naming its line or item; then new majors and sub-categories are stored and changed sub-categories get
 * a new version. A sub-category without a code is the one of its major with the same name, or gets the next free
 * code, so importing the same file again changes nothing. In CSV a major named but not yet known is created.
 */
@Service
public class CatalogImport {

	private final MajorStore majors;

	private final VersionStore versions;

	private final DraftCompletion completion;

	private final CategoryValidator validator;

	private final CatalogEditor editor;

	private final CatalogProperties properties;

	CatalogImport(MajorStore majors, VersionStore versions, DraftCompletion completion, CategoryValidator validator,
			CatalogEditor editor, CatalogProperties properties) {
		this.majors = majors;
		this.versions = versions;
		this.completion = completion;
		this.validator = validator;
		this.editor = editor;
		this.properties = properties;
	}

	/** Imports the JSON document. */
	@Transactional
	public CatalogImportResult importJson(CatalogImportDocument document, String editorName) {
		Plan plan = new Plan(CatalogueState.of(majors, versions), versions.latestAll());
		List<MajorDraft> majorDrafts = document == null || document.majors() == null ? List.of() : document.majors();
		for (int i = 0; i < majorDrafts.size(); i++) {
			if (majorDrafts.get(i) == null) {
				plan.problems.add(new Violation("majors[" + i + "]", "is empty"));
				continue;
			}
			plan.major(majorDrafts.get(i), "majors[" + i + "]", null);
		}
		List<CategoryDraft> drafts = document == null || document.categories() == null ? List.of()
				: document.categories();
		List<ImportEntry> entries = new ArrayList<>();
		for (int i = 0; i < drafts.size(); i++) {
			if (drafts.get(i) == null) {
				plan.problems.add(new Violation("categories[" + i + "]", "is empty"));
				continue;
			}
			entries.add(new ImportEntry(null, "categories[" + i + "]", drafts.get(i), List.of()));
		}
		if (majorDrafts.isEmpty() && entries.isEmpty()) {
			plan.problems.add(new Violation("categories", "the document has no majors and no categories"));
		}
		entries.forEach(entry -> plan.category(entry, false));
		return plan.store(editorName);
	}

	/** Imports the CSV file, one row per sub-category. */
	@Transactional
	public CatalogImportResult importCsv(String csv, String editorName) {
		Plan plan = new Plan(CatalogueState.of(majors, versions), versions.latestAll());
		List<ImportEntry> entries = CatalogCsv.entries(csv, properties.defaultLimits().defaultUrgency(),
				plan.problems);
		entries.forEach(entry -> plan.category(entry, true));
		return plan.store(editorName);
	}

	/** What one import will store, built while checking it. */
	private final class Plan {

		private final CatalogueState state;

		private final List<CategoryVersion> current;

		private final List<Violation> problems = new ArrayList<>();

		private final List<MajorRecord> newMajors = new ArrayList<>();

		private final List<MajorRecord> changedMajors = new ArrayList<>();

		private final List<ValidCategory> newCategories = new ArrayList<>();

		private final Map<CategoryVersion, ValidCategory> revisions = new LinkedHashMap<>();

		private final Map<String, String> seen = new HashMap<>();

		private final List<CatalogImportResult.Assigned> assigned = new ArrayList<>();

		private int unchanged;

		Plan(CatalogueState state, List<CategoryVersion> current) {
			this.state = state;
			this.current = current;
		}

		void major(MajorDraft draft, String item, Integer line) {
			Violations findings = new Violations();
			CategoryKind kind = findings.choice(CategoryKind.class, draft.kind(), "kind", true);
			String code = draft.code() == null || draft.code().isBlank() ? null : draft.code().strip();
			Optional<MajorRecord> known = kind == null ? Optional.empty()
					: code != null ? state.major(kind, code)
							: state.named(kind, draft.name() == null ? "" : draft.name().strip()).stream().findFirst();
			if (known.isPresent() && newMajors.contains(known.get())) {
				findings.add("name", "the major " + known.get().name() + " is stated twice");
			}
			else if (known.isPresent()) {
				MajorRecord read = MajorAdministration.valid(kind, known.get().code(), draft, findings, "");
				if (read != null && !read.withRetired(known.get().retired()).equals(known.get())) {
					MajorRecord changed = read.withRetired(known.get().retired());
					changedMajors.add(changed);
					state.put(changed);
				}
			}
			else if (kind != null) {
				MajorRecord created = MajorAdministration.validNew(draft, state, findings, "");
				if (created != null) {
					newMajors.add(created);
					if (code == null) {
						assigned.add(new CatalogImportResult.Assigned(line, item, created.name(), created.code()));
					}
				}
			}
			violations(findings).forEach(violation -> problems.add(line == null
					? new Violation(item + "." + violation.field(), violation.message())
					: new Violation(item, violation.field() + ": " + violation.message())));
		}

		void category(ImportEntry entry, boolean createMajors) {
			entry.cellErrors().forEach(violation -> problems.add(entry.locate(violation)));
			CategoryDraft draft = entry.draft();
			if (createMajors && draft.majorName() != null && draft.kind() != null
					&& state.named(kindOf(draft.kind()), draft.majorName().strip()).isEmpty()
					&& (draft.major() == null || kindOf(draft.kind()) == null
							|| state.major(kindOf(draft.kind()), draft.major().strip()).isEmpty())) {
				major(new MajorDraft(draft.kind(), draft.major(), draft.majorName(), null, null), entry.item(),
						entry.line());
			}
			Violations findings = new Violations();
			CategoryDraft named = withKnownCode(draft);
			String key = key(named);
			String earlier = key == null ? null : seen.putIfAbsent(key, entry.item());
			if (earlier != null) {
				findings.add(named.code() != null ? "code" : "name", "is also stated at " + earlier);
			}
			CategoryDraft complete = completion.complete(named, state, findings);
			Optional<CategoryVersion> existing = current.stream()
				.filter(version -> version.code().value().equals(complete.code()))
				.findFirst();
			try {
				if (existing.isEmpty()) {
					ValidCategory valid = validator.newCategory(complete, state.majors(), findings);
					newCategories.add(valid);
					if (draft.code() == null || draft.code().isBlank()) {
						assigned.add(new CatalogImportResult.Assigned(entry.line(), entry.item(),
								valid.definition().name(), valid.code().value()));
					}
				}
				else {
					revise(existing.get(), complete, findings);
				}
			}
			catch (InvalidInputException e) {
				e.violations().forEach(violation -> problems.add(entry.locate(violation)));
			}
		}

		private void revise(CategoryVersion existing, CategoryDraft complete, Violations findings) {
			CategoryDefinition was = existing.definition();
			ValidCategory valid = validator.revision(existing.code(), complete, was.active(), findings);
			CategoryDefinition definition = valid.definition();
			if (complete.districtOverrides() == null) {
				definition = new CategoryDefinition(definition.name(), definition.responsibility(),
						was.districtOverrides(), definition.limits(), definition.closingConditions(),
						definition.legalBasis(), definition.policeMatter(), definition.roundTheClock(),
						definition.active());
			}
			if (definition.equals(was)) {
				unchanged++;
			}
			else {
				revisions.put(existing, new ValidCategory(existing.code(), definition, valid.changeNote()));
			}
		}

		/** The draft with the code of the sub-category of the same major and name when it states no code. */
		private CategoryDraft withKnownCode(CategoryDraft draft) {
			if (draft.code() != null && !draft.code().isBlank() || draft.name() == null) {
				return draft;
			}
			CategoryKind kind = kindOf(draft.kind());
			String major = draft.major() != null ? draft.major().strip()
					: kind == null || draft.majorName() == null ? null
							: state.named(kind, draft.majorName().strip()).stream()
								.findFirst()
								.map(MajorRecord::code)
								.orElse(null);
			if (kind == null || major == null) {
				return draft;
			}
			return current.stream()
				.filter(version -> version.code().kind() == kind && version.code().major().equals(major)
						&& version.definition().name().equals(draft.name().strip()))
				.findFirst()
				.map(version -> new CategoryDraft(version.code().value(), draft.kind(), draft.major(), draft.name(),
						draft.responsibility(), draft.districtOverrides(), draft.defaultUrgency(),
						draft.urgencyLimits(), draft.stageLimits(), draft.closingConditions(), draft.legalBasis(),
						draft.policeMatter(), draft.roundTheClock(), draft.changeNote(), draft.majorName()))
				.orElse(draft);
		}

		private static List<Violation> violations(Violations findings) {
			try {
				findings.throwIfAny("");
				return List.of();
			}
			catch (InvalidInputException e) {
				return e.violations();
			}
		}

		private static String key(CategoryDraft draft) {
			if (draft.code() != null && !draft.code().isBlank()) {
				return draft.code().strip();
			}
			return draft.name() == null ? null
					: draft.kind() + "/" + draft.major() + "/" + draft.majorName() + "/" + draft.name().strip();
		}

		private static CategoryKind kindOf(String kind) {
			return kind == null ? null : new Violations().choice(CategoryKind.class, kind, "kind", false);
		}

		CatalogImportResult store(String editorName) {
			if (!problems.isEmpty()) {
				throw new InvalidInputException("The catalogue has " + problems.size() + " errors; nothing was "
						+ "imported", problems);
			}
			newMajors.forEach(majors::insert);
			changedMajors.forEach(majors::update);
			newCategories.forEach(valid -> editor.publishNew(valid, editorName));
			revisions.forEach((existing, valid) -> editor.publishRevision(existing, valid.definition(), editorName,
					valid.changeNote()));
			return new CatalogImportResult(newMajors.size(), changedMajors.size(), newCategories.size(),
					revisions.size(), unchanged, assigned);
		}
	}
}
