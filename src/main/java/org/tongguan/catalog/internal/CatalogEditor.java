package org.tongguan.catalog.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.CategoryDefinition;
import org.tongguan.catalog.CategoryVersion;
import org.tongguan.catalog.CategoryVersionPublished;
import org.tongguan.catalog.internal.CategoryValidator.ValidCategory;
import org.tongguan.shared.ConflictException;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.NotFoundException;
import org.tongguan.shared.Violations;

/**
 * Publishes sub-category versions: a new sub-category starts at version 1, every edit and every (de)activation adds
 * the next version. Invalid drafts are refused whole, before anything is stored.
 */
@Service
@Transactional
public class CatalogEditor {

	private final VersionStore versions;

	private final ReferenceStore references;

	private final CategoryValidator validator;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DraftCompletion completion;

	private final MajorStore majors;

	CatalogEditor(VersionStore versions, ReferenceStore references, CategoryValidator validator,
			ApplicationEventPublisher events, Clock clock, DraftCompletion completion, MajorStore majors) {
		this.versions = versions;
		this.references = references;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
		this.completion = completion;
		this.majors = majors;
	}

	/**
	 * Adds a sub-category as version 1; a code already in the catalogue is a conflict. The code, the major (by name)
	 * and the limits may be left out ({@link DraftCompletion}).
	 */
	public CategoryVersion create(CategoryDraft draft, String editor) {
		CatalogueState state = CatalogueState.of(majors, versions);
		if (CategoryCode.isValid(draft.code()) && state.taken(draft.code())) {
			throw duplicate(CategoryCode.of(draft.code()));
		}
		Violations findings = new Violations();
		ValidCategory valid = validator.newCategory(completion.complete(draft, state, findings), references.majors(),
				findings);
		return publishNew(valid, editor);
	}

	/** Stores a validated new sub-category as version 1. */
	public CategoryVersion publishNew(ValidCategory valid, String editor) {
		if (versions.exists(valid.code())) {
			throw duplicate(valid.code());
		}
		return publish(valid.code(), 1, valid.definition(), editor, valid.changeNote());
	}

	/** Adds the next version of a sub-category; its active flag carries over, left-out limits take the defaults. */
	public CategoryVersion revise(CategoryCode code, CategoryDraft draft, String editor) {
		CategoryVersion current = current(code);
		Violations findings = new Violations();
		CategoryDraft complete = completion.complete(withCode(draft, code), CatalogueState.of(majors, versions),
				findings);
		ValidCategory valid = validator.revision(code, complete, current.definition().active(), findings);
		return publishRevision(current, valid.definition(), editor, valid.changeNote());
	}

	/** Stores a validated definition as the next version of a sub-category. */
	public CategoryVersion publishRevision(CategoryVersion current, CategoryDefinition definition, String editor,
			String note) {
		return publish(current.code(), current.version() + 1, definition, editor, note);
	}

	/** The draft naming the edited code when it names none (a different code is left for the validator to name). */
	private static CategoryDraft withCode(CategoryDraft draft, CategoryCode code) {
		if (draft.code() != null && !draft.code().isBlank()) {
			return draft;
		}
		return new CategoryDraft(code.value(), draft.kind(), draft.major(), draft.name(), draft.responsibility(),
				draft.districtOverrides(), draft.defaultUrgency(), draft.urgencyLimits(), draft.stageLimits(),
				draft.closingConditions(), draft.legalBasis(), draft.policeMatter(), draft.roundTheClock(),
				draft.changeNote(), draft.majorName());
	}

	/** Adds the next version with the sub-category (de)activated; asking for the state it is in is a conflict. */
	public CategoryVersion setActive(CategoryCode code, boolean active, String changeNote, String editor) {
		CategoryVersion current = current(code);
		if (current.definition().active() == active) {
			throw new ConflictException(code + " is already " + (active ? "active" : "inactive"));
		}
		String note = changeNote == null || changeNote.isBlank() ? null : changeNote.strip();
		if (note != null && note.length() > CategoryValidator.NOTE_LENGTH) {
			throw new InvalidInputException("changeNote",
					"must be at most " + CategoryValidator.NOTE_LENGTH + " characters");
		}
		return publish(code, current.version() + 1, current.definition().withActive(active), editor, note);
	}

	private CategoryVersion current(CategoryCode code) {
		return versions.latest(code).orElseThrow(() -> new NotFoundException("No sub-category " + code));
	}

	private CategoryVersion publish(CategoryCode code, int number, CategoryDefinition definition, String editor,
			String note) {
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		CategoryVersion version;
		try {
			version = versions.insert(code, number, definition, editor, now, note);
		}
		catch (DuplicateKeyException e) {
			throw number == 1 ? duplicate(code)
					: new ConflictException("Version " + number + " of " + code + " was just published by someone "
							+ "else; reload and edit again");
		}
		events.publishEvent(new CategoryVersionPublished(code, version.id(), number));
		return version;
	}

	private static ConflictException duplicate(CategoryCode code) {
		return new ConflictException("The catalogue already has a sub-category " + code);
	}
}
