package org.tongguan.catalog.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.CategoryKind;
import org.tongguan.catalog.Stage;
import org.tongguan.catalog.Urgency;
import org.tongguan.shared.TimeLimit;
import org.tongguan.shared.Violations;

/**
 * Fills in what a sub-category draft may leave out before it is validated: its major (by code or exact name), its code
 * (the next free one of the major), every limit it does not state (from its major's defaults, then the
 * catalogue-wide defaults, a defaulted stage limit never longer than the overall limit), the dispatch level (the most
 * local level with a function) and the closing conditions.
 */
@Component
public class DraftCompletion {

	private final CatalogProperties properties;

	DraftCompletion(CatalogProperties properties) {
		this.properties = properties;
	}

	/** The completed draft; what cannot be completed is added to the findings and left as it was. */
	public CategoryDraft complete(CategoryDraft draft, CatalogueState state, Violations findings) {
		CategoryKind kind = kind(draft, findings);
		boolean known = !blank(draft.code()) && state.taken(draft.code().strip());
		MajorRecord major = major(draft, kind, state, findings, known);
		String code = blank(draft.code()) ? null : draft.code().strip();
		if (code == null && major != null) {
			code = state.nextCategoryCode(major.kind(), major.code());
			if (code == null) {
				findings.add("code", "the major " + major.code() + " " + major.name() + " has no free code left");
			}
		}
		if (code != null) {
			state.take(code);
		}
		String kindName = !blank(draft.kind()) || major == null ? draft.kind() : major.kind().name();
		String majorCode = !blank(draft.major()) || major == null ? draft.major() : major.code();
		Map<String, LimitDraft> urgencies = urgencies(draft, major);
		String defaultUrgency = blank(draft.defaultUrgency()) ? defaultUrgency(urgencies) : draft.defaultUrgency();
		Map<String, LimitDraft> stages = stages(draft, major, urgencies.get(defaultUrgency),
				Boolean.TRUE.equals(draft.roundTheClock()));
		String closing = blank(draft.closingConditions()) ? properties.defaultClosingConditions()
				: draft.closingConditions();
		return new CategoryDraft(code, kindName, majorCode, draft.name(), responsibility(draft.responsibility()),
				draft.districtOverrides(), defaultUrgency, urgencies, stages, closing, draft.legalBasis(),
				draft.policeMatter(), draft.roundTheClock(), draft.changeNote(), null);
	}

	private static CategoryKind kind(CategoryDraft draft, Violations findings) {
		if (CategoryCode.isValid(draft.code())) {
			return CategoryCode.of(draft.code()).kind();
		}
		return findings.choice(CategoryKind.class, draft.kind(), "kind", false);
	}

	/** The draft's major; a retired one only for a sub-category already in the catalogue ({@code known}). */
	private static MajorRecord major(CategoryDraft draft, CategoryKind kind, CatalogueState state,
			Violations findings, boolean known) {
		String majorCode = CategoryCode.isValid(draft.code()) ? CategoryCode.of(draft.code()).major()
				: blank(draft.major()) ? null : draft.major().strip();
		MajorRecord major = null;
		if (!blank(draft.majorName())) {
			List<MajorRecord> named = state.named(kind, draft.majorName().strip());
			if (named.isEmpty()) {
				findings.add("majorName", "there is no " + (kind == null ? "" : kind + " ") + "major named '"
						+ draft.majorName() + "'");
				return null;
			}
			if (named.size() > 1) {
				findings.add("majorName", "'" + draft.majorName() + "' names " + named.size() + " majors ("
						+ named.stream().map(m -> m.kind() + " " + m.code()).collect(Collectors.joining(", "))
						+ "); give the kind");
				return null;
			}
			major = named.get(0);
			if (majorCode != null && !majorCode.equals(major.code())) {
				findings.add("majorName", "'" + draft.majorName() + "' is major " + major.code() + ", not "
						+ majorCode);
				return null;
			}
		}
		else if (majorCode != null && kind != null) {
			major = state.major(kind, majorCode).orElse(null);
		}
		else if (blank(draft.code())) {
			findings.add(kind == null ? "kind" : "major", kind == null
					? "is required (EVENT or COMPONENT) when the code is left out"
					: "is required: the major's code, or its name as majorName");
		}
		if (major != null && major.retired() && !known) {
			findings.add(blank(draft.majorName()) ? "major" : "majorName", major.kind() + " major " + major.code()
					+ " " + major.name() + " is retired; it takes no new sub-categories");
			return null;
		}
		return major;
	}

	private Map<String, LimitDraft> urgencies(CategoryDraft draft, MajorRecord major) {
		if (draft.urgencyLimits() != null && !draft.urgencyLimits().isEmpty()) {
			return draft.urgencyLimits();
		}
		if (major != null && !major.urgencyLimits().isEmpty()) {
			return drafts(major.urgencyLimits());
		}
		Map<String, LimitDraft> defaults = new LinkedHashMap<>();
		for (Urgency urgency : Urgency.values()) {
			String limit = properties.defaultLimits().urgency().get(urgency.name());
			if (limit != null) {
				defaults.put(urgency.name(), LimitDraft.parse(limit));
			}
		}
		return defaults;
	}

	/** The catalogue's default urgency when offered, else the least urgent level offered. */
	private String defaultUrgency(Map<String, LimitDraft> urgencies) {
		String configured = properties.defaultLimits().defaultUrgency();
		if (urgencies.containsKey(configured)) {
			return configured;
		}
		for (Urgency urgency : Urgency.values()) {
			if (urgencies.containsKey(urgency.name())) {
				return urgency.name();
			}
		}
		return configured;
	}

	private Map<String, LimitDraft> stages(CategoryDraft draft, MajorRecord major, LimitDraft overall,
			boolean roundTheClock) {
		Map<String, LimitDraft> stages = new LinkedHashMap<>();
		if (draft.stageLimits() != null) {
			stages.putAll(draft.stageLimits());
		}
		TimeLimit cap = overall == null ? null : LimitRules.limit(overall, "overall", new Violations());
		for (Stage stage : Stage.values()) {
			if (stages.containsKey(stage.name())) {
				continue;
			}
			TimeLimit fallback = major != null && major.stageLimits().containsKey(stage)
					? major.stageLimits().get(stage)
					: LimitRules.limit(LimitDraft.parse(properties.defaultLimits().stage().get(stage.name())),
							"stage", new Violations());
			if (fallback == null) {
				continue;
			}
			if (cap != null && LimitRules.hours(fallback, roundTheClock) > LimitRules.hours(cap, roundTheClock)) {
				fallback = cap;
			}
			stages.put(stage.name(), new LimitDraft(fallback.amount(), fallback.unit().name()));
		}
		return stages;
	}

	/** A dispatch level left out becomes the most local level with a function. */
	private static ResponsibilityDraft responsibility(ResponsibilityDraft draft) {
		if (draft == null || !blank(draft.dispatchLevel())) {
			return draft;
		}
		String level = !blank(draft.street()) ? "STREET" : !blank(draft.district()) ? "DISTRICT"
				: !blank(draft.city()) ? "CITY" : null;
		return new ResponsibilityDraft(level, draft.city(), draft.district(), draft.street());
	}

	static <K extends Enum<K>> Map<String, LimitDraft> drafts(Map<K, TimeLimit> limits) {
		Map<String, LimitDraft> drafts = new LinkedHashMap<>();
		new TreeMap<>(limits).forEach((key, limit) -> drafts.put(key.name(),
				new LimitDraft(limit.amount(), limit.unit().name())));
		return drafts;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
