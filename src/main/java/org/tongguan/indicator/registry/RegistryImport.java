package org.tongguan.indicator.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.internal.IndicatorProperties;
import org.tongguan.indicator.internal.LineProblems;
import org.tongguan.indicator.registry.RegistryEditor.Change;
import org.tongguan.indicator.registry.RegistryEditor.Outcome;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.JsonItems;
import org.tongguan.shared.Violation;
import org.tongguan.shared.Violations;

import tools.jackson.databind.ObjectMapper;

/**
 * Imports indicators' plans from JSON or CSV, all or nothing: every plan is read and checked against the registry as
 * it will be, every problem is named by its line (JSON: {@code line 12}, {@code indicators[3].unit: …}), and only a
 * file without problems is stored: new indicators as version 1, changed ones as their next version, unchanged ones
 * not at all (importing the same file again changes nothing).
 */
@Service
public class RegistryImport {

	private final RegistryEditor editor;

	private final PlanChecks checks;

	private final ObjectMapper json;

	private final IndicatorProperties properties;

	RegistryImport(RegistryEditor editor, PlanChecks checks, ObjectMapper json, IndicatorProperties properties) {
		this.editor = editor;
		this.checks = checks;
		this.json = json;
		this.properties = properties;
	}

	/** Imports a document {@code {"indicators": [plan, …]}}. */
	@Transactional
	public RegistryImportResult importJson(String document, String editorName) {
		List<RegistryEntry> entries = new ArrayList<>();
		for (JsonItems.Item<PlanDraft> item : JsonItems.read(json, document, "indicators", PlanDraft.class,
				properties.maxImportRows())) {
			Violations problems = new Violations();
			if (item.problem() != null) {
				problems.add("", item.problem());
			}
			entries.add(new RegistryEntry(item.line(), "indicators[" + item.index() + "].", item.value(), problems));
		}
		return store(entries, editorName);
	}

	/** Imports CSV text with a header row, one indicator per row (columns: {@link RegistryCsv#COLUMNS}). */
	@Transactional
	public RegistryImportResult importCsv(String csv, String editorName) {
		List<RegistryEntry> entries = RegistryCsv.read(csv);
		if (entries.size() > properties.maxImportRows()) {
			throw new InvalidInputException("body", "at most " + properties.maxImportRows() + " indicators in one "
					+ "import");
		}
		return store(entries, editorName);
	}

	private RegistryImportResult store(List<RegistryEntry> entries, String editorName) {
		if (entries.isEmpty()) {
			throw new InvalidInputException("indicators", "the file names no indicator");
		}
		List<RegistryEntry> read = new ArrayList<>();
		List<IndicatorPlan> plans = new ArrayList<>();
		Map<String, Integer> lines = new HashMap<>();
		for (RegistryEntry entry : entries) {
			String code = entry.draft() == null || entry.draft().code() == null ? null : entry.draft().code().strip();
			Integer first = code == null ? null : lines.putIfAbsent(code, entry.line());
			if (first != null) {
				entry.problems().add("code", code + " is stated on line " + first + " already");
			}
			IndicatorPlan plan = entry.draft() == null ? null : PlanReader.read(entry.draft(), entry.problems());
			if (plan != null && entry.problems().isEmpty()) {
				read.add(entry);
				plans.add(plan);
			}
		}
		checks.check(plans, read.stream().map(RegistryEntry::problems).toList());
		List<Violation> problems = entries.stream()
			.flatMap(entry -> LineProblems.of(entry.line(), entry.item(), entry.problems()).stream())
			.toList();
		if (!problems.isEmpty()) {
			throw new InvalidInputException("The import has " + problems.size() + " problems; nothing was stored",
					problems);
		}
		List<Outcome> outcomes = editor.apply(plans,
				read.stream().map(entry -> note(entry.draft())).toList(), editorName);
		return new RegistryImportResult(count(outcomes, Change.CREATED), count(outcomes, Change.REVISED),
				count(outcomes, Change.UNCHANGED));
	}

	private static String note(PlanDraft draft) {
		return draft.note() == null || draft.note().isBlank() ? "import" : draft.note().strip();
	}

	private static int count(List<Outcome> outcomes, Change change) {
		return (int) outcomes.stream().filter(outcome -> outcome.change() == change).count();
	}
}
