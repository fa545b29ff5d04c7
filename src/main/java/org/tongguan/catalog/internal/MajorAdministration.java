package org.tongguan.catalog.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongguan.catalog.CategoryKind;
import org.tongguan.catalog.CategoryVersion;
import org.tongguan.catalog.MajorCategory;
import org.tongguan.catalog.Stage;
import org.tongguan.catalog.Urgency;
import org.tongguan.shared.ConflictException;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.NotFoundException;
import org.tongguan.shared.TimeLimit;
import org.tongguan.shared.Violations;

/**
 * Creates, edits and retires major categories (大类). A major's default limits apply to sub-categories created or
 * revised after they are set; a retired major takes no new sub-categories.
 */
@Service
@Transactional
public class MajorAdministration {

	private final MajorStore majors;

	private final VersionStore versions;

	private final CatalogEditor editor;

	MajorAdministration(MajorStore majors, VersionStore versions, CatalogEditor editor) {
		this.majors = majors;
		this.versions = versions;
		this.editor = editor;
	}

	/** The majors of one kind (both when {@code null}), retired ones included. */
	@Transactional(readOnly = true)
	public List<MajorRecord> list(CategoryKind kind) {
		return majors.all().stream().filter(major -> kind == null || major.kind() == kind).toList();
	}

	/** Adds a major; without a code it gets the next free one of its kind; a code in use is a conflict. */
	public MajorRecord create(MajorDraft draft) {
		CatalogueState state = CatalogueState.of(majors, versions);
		CategoryKind kind = new Violations().choice(CategoryKind.class, draft.kind(), "kind", false);
		String code = draft.code() == null ? null : draft.code().strip();
		if (kind != null && code != null && state.major(kind, code).isPresent()) {
			throw new ConflictException("The catalogue already has a " + kind + " major " + code);
		}
		Violations findings = new Violations();
		MajorRecord major = validNew(draft, state, findings, "");
		findings.throwIfAny("The major category is invalid");
		majors.insert(major);
		return major;
	}

	/** Changes a major's name and default limits. */
	public MajorRecord edit(CategoryKind kind, String code, MajorDraft draft) {
		MajorRecord current = find(kind, code);
		Violations findings = new Violations();
		if (draft.kind() != null && !draft.kind().strip().equals(kind.name())) {
			findings.add("kind", "must be " + kind + ", the kind being edited");
		}
		if (draft.code() != null && !draft.code().strip().equals(code)) {
			findings.add("code", "must be " + code + ", the code being edited (a code never changes)");
		}
		MajorRecord edited = valid(kind, code, draft, findings, "");
		findings.throwIfAny("The major category is invalid");
		MajorRecord changed = new MajorRecord(edited.major(), edited.stageLimits(), edited.urgencyLimits(),
				current.retired());
		majors.update(changed);
		return changed;
	}

	/**
	 * Retires a major: only when all its sub-categories are deactivated, or with {@code cascade} deactivating the
	 * active ones (each gets a new, inactive version).
	 */
	public MajorRecord retire(CategoryKind kind, String code, boolean cascade, String editorName) {
		MajorRecord current = find(kind, code);
		if (current.retired()) {
			throw new ConflictException(kind + " major " + code + " is already retired");
		}
		List<CategoryVersion> active = versions.latestAll()
			.stream()
			.filter(version -> version.code().kind() == kind && version.code().major().equals(code))
			.filter(version -> version.definition().active())
			.toList();
		if (!active.isEmpty() && !cascade) {
			throw new ConflictException(kind + " major " + code + " still has " + active.size()
					+ " active sub-categories (" + String.join(", ", active.stream().map(v -> v.code().value()).toList())
					+ "); deactivate them first or retire with cascade=true");
		}
		active.forEach(version -> editor.setActive(version.code(), false, "大类 " + code + " 停用 (major retired)",
				editorName));
		MajorRecord retired = current.withRetired(true);
		majors.update(retired);
		return retired;
	}

	/**
	 * A new major from a draft, with its code assigned when left out, added to the state; {@code null} with its
	 * problems (fields prefixed) in findings.
	 */
	public static MajorRecord validNew(MajorDraft draft, CatalogueState state, Violations findings, String prefix) {
		int before = findings.count();
		CategoryKind kind = findings.choice(CategoryKind.class, draft.kind(), prefix + "kind", true);
		String code = draft.code() == null || draft.code().isBlank() ? null : draft.code().strip();
		if (kind != null && code == null) {
			code = state.nextMajorCode(kind);
			if (code == null) {
				findings.add(prefix + "code", "every major code 01–99 of " + kind + " is taken");
			}
		}
		else if (kind != null && state.major(kind, code).isPresent()) {
			findings.add(prefix + "code", "the catalogue already has a " + kind + " major " + code);
		}
		if (kind != null && draft.name() != null && !state.named(kind, draft.name().strip()).isEmpty()) {
			findings.add(prefix + "name", "the catalogue already has a " + kind + " major named '"
					+ draft.name().strip() + "'");
		}
		MajorRecord major = valid(kind, code, draft, findings, prefix);
		if (findings.count() > before || major == null) {
			return null;
		}
		state.put(major);
		return major;
	}

	/** The major the draft describes with this kind and code, or {@code null} with its problems in findings. */
	public static MajorRecord valid(CategoryKind kind, String code, MajorDraft draft, Violations findings,
			String prefix) {
		int before = findings.count();
		if (code != null && !code.matches("0[1-9]|[1-9]\\d")) {
			findings.add(prefix + "code", "'" + code + "' is not a 2-digit major code (01–99)");
		}
		String name = findings.text(draft.name(), prefix + "name", CategoryValidator.NAME_LENGTH, true);
		Map<Stage, TimeLimit> stages = optional(Stage.class, draft.stageLimits(), prefix + "stageLimits", findings);
		Map<Urgency, TimeLimit> urgencies = optional(Urgency.class, draft.urgencyLimits(), prefix + "urgencyLimits",
				findings);
		if (findings.count() > before || kind == null || code == null) {
			return null;
		}
		LimitRules.checkUrgencyOrder(urgencies, false, findings);
		return findings.count() > before ? null
				: new MajorRecord(new MajorCategory(kind, code, name), stages, urgencies, false);
	}

	private static <K extends Enum<K>> Map<K, TimeLimit> optional(Class<K> type, Map<String, LimitDraft> drafts,
			String field, Violations findings) {
		return drafts == null || drafts.isEmpty() ? new EnumMap<>(type)
				: LimitRules.keyed(type, drafts, field, findings);
	}

	private MajorRecord find(CategoryKind kind, String code) {
		return majors.all()
			.stream()
			.filter(major -> major.kind() == kind && major.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No " + kind + " major " + code));
	}
}
