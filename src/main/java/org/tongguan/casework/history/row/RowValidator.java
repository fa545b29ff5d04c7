package org.tongguan.casework.history.row;

import static org.tongguan.casework.history.csv.HistoryField.MILESTONES;

import java.time.Instant;
import java.util.List;

import org.tongguan.calendar.CalendarKind;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.Satisfaction;
import org.tongguan.casework.deadline.Deadlines;
import org.tongguan.casework.history.csv.ColumnMapping;
import org.tongguan.casework.history.csv.CsvReader;
import org.tongguan.casework.history.csv.HistoryField;
import org.tongguan.casework.history.mapping.Choices;
import org.tongguan.casework.history.mapping.Lookup;
import org.tongguan.casework.history.mapping.References;
import org.tongguan.casework.history.mapping.ValueMapping;
import org.tongguan.casework.store.CaseMatter;
import org.tongguan.casework.store.CasePlace;
import org.tongguan.casework.store.Countdown;
import org.tongguan.casework.store.Milestones;
import org.tongguan.casework.store.Tally;
import org.tongguan.catalog.CategoryVersion;
import org.tongguan.catalog.Urgency;
import org.tongguan.identity.Department;

/**
 * Checks one record of a history file and turns it into a case to store, or lists everything wrong with it: bad or
 * missing dates, stage times out of order or in the future, unknown or ambiguous category, urgency, department, region
 * or stage, a location outside every region or outside the importer's data scope, a bad satisfaction answer or count.
 * Category, department, region, urgency, stage and satisfaction are read through the import's value maps.
 */
public final class RowValidator {

	static final int EXTERNAL_ID_MAX = 100;

	static final int DESCRIPTION_MAX = 4000;

	private static final int COUNT_MAX = 999;

	private final ColumnMapping columns;

	private final References references;

	private final ValueMapping mapping;

	private final PlaceReader places;

	private final TimeText times;

	private final HistoryDeadlines deadlines;

	private final Instant now;

	public RowValidator(ColumnMapping columns, References references, ValueMapping mapping, TimeText times,
			HistoryDeadlines deadlines, Instant now) {
		this.columns = columns;
		this.references = references;
		this.mapping = mapping;
		this.places = new PlaceReader(columns, references, mapping);
		this.times = times;
		this.deadlines = deadlines;
		this.now = now;
	}

	/** The case the current record describes, or {@code null} with its problems added to {@code problems}. */
	HistoryCase validate(CsvReader record, List<String> problems) {
		String externalId = externalId(record, problems);
		Instant[] reached = milestones(record, problems);
		Instant due = time(record, HistoryField.DUE_AT, problems);
		if (due != null && reached[0] != null && due.isBefore(reached[0])) {
			problems.add("dueAt: before reportedAt");
		}
		CategoryVersion version = category(record, problems);
		Urgency urgency = version == null ? null : urgency(record, version, problems);
		Department lead = department(record, problems);
		CasePlace place = places.read(record, problems);
		CaseStage stage = stage(record, reached, problems);
		Satisfaction satisfaction = satisfaction(record, reached, problems);
		Tally tally = tally(record, reached, problems);
		String description = columns.value(record, HistoryField.DESCRIPTION);
		if (description != null && description.length() > DESCRIPTION_MAX) {
			problems.add("description: longer than " + DESCRIPTION_MAX + " characters");
		}
		if (!problems.isEmpty()) {
			return null;
		}
		if (satisfaction != null && reached[StageRules.EVALUATED] == null) {
			reached[StageRules.EVALUATED] = reached[StageRules.CLOSED];
		}
		CalendarKind calendar = Deadlines.calendarOf(version.definition());
		Milestones milestones = new Milestones(reached[0], reached[1], reached[2], reached[3], reached[4],
				reached[5], reached[6], reached[7]);
		Countdown overall = deadlines.overall(version, urgency, calendar, milestones, due, stage);
		Instant closed = milestones.closed();
		Instant handlingFrom = milestones.filed() != null ? null
				: milestones.accepted() != null ? milestones.accepted() : milestones.reported();
		return new HistoryCase(record.line(), externalId, stage, milestones, handlingFrom,
				new CaseMatter(version.code(), version.id(), version.definition().name(), null, urgency, calendar,
						description == null ? version.definition().name() + "（历史导入）" : description),
				place, lead, overall, closed == null ? null : !closed.isAfter(overall.dueAt()), satisfaction, tally);
	}

	/** The field's value in the record as its value map reads it, {@code null} when absent. */
	private String mapped(CsvReader record, HistoryField field) {
		String value = columns.value(record, field);
		return value == null ? null : mapping.apply(field, value);
	}

	private String externalId(CsvReader record, List<String> problems) {
		String id = columns.value(record, HistoryField.EXTERNAL_ID);
		if (id == null) {
			problems.add("externalId: required");
		}
		else if (id.length() > EXTERNAL_ID_MAX) {
			problems.add("externalId: longer than " + EXTERNAL_ID_MAX + " characters");
		}
		return id;
	}

	/** The stage times, checked for form, order and the future. */
	private Instant[] milestones(CsvReader record, List<String> problems) {
		Instant[] reached = new Instant[MILESTONES.length];
		int last = -1;
		for (int i = 0; i < MILESTONES.length; i++) {
			reached[i] = time(record, MILESTONES[i], problems);
			if (reached[i] == null) {
				continue;
			}
			if (reached[i].isAfter(now)) {
				problems.add(MILESTONES[i].key() + ": lies in the future");
			}
			if (last >= 0 && reached[i].isBefore(reached[last])) {
				problems.add(MILESTONES[i].key() + ": before " + MILESTONES[last].key()
						+ " (the stages are reached in the order " + order() + ")");
			}
			last = i;
		}
		if (reached[0] == null && columns.value(record, HistoryField.REPORTED_AT) == null) {
			problems.add("reportedAt: required");
		}
		if (reached[StageRules.EVALUATED] != null && reached[StageRules.CLOSED] == null) {
			problems.add("evaluatedAt: a case is called back only after closedAt");
		}
		return reached;
	}

	private Instant time(CsvReader record, HistoryField field, List<String> problems) {
		String text = columns.value(record, field);
		if (text == null) {
			return null;
		}
		Instant instant = times.parse(text);
		if (instant == null) {
			problems.add(field.key() + ": '" + text + "' is not a date-time; use " + TimeText.FORMS);
		}
		return instant;
	}

	private CategoryVersion category(CsvReader record, List<String> problems) {
		String value = mapped(record, HistoryField.CATEGORY);
		if (value == null) {
			problems.add("category: required");
			return null;
		}
		Lookup<CategoryVersion> version = references.category(value);
		if (!version.isFound()) {
			problems.add("category: " + version.problem() + mapping.unmapped(HistoryField.CATEGORY));
		}
		return version.found();
	}

	private Urgency urgency(CsvReader record, CategoryVersion version, List<String> problems) {
		String text = mapped(record, HistoryField.URGENCY);
		if (text == null) {
			return version.definition().limits().defaultUrgency();
		}
		Urgency urgency = Choices.parse(Urgency.class, text, Urgency::label);
		if (urgency == null || version.definition().limits().overall(urgency).isEmpty()) {
			problems.add("urgency: '" + text + "' is not an urgency " + version.code() + " offers; one of "
					+ version.definition().limits().urgencyLimits().keySet());
		}
		return urgency;
	}

	private Department department(CsvReader record, List<String> problems) {
		String value = mapped(record, HistoryField.DEPARTMENT);
		if (value == null) {
			return null;
		}
		Lookup<Department> department = references.department(value);
		if (!department.isFound()) {
			problems.add("department: " + department.problem() + mapping.unmapped(HistoryField.DEPARTMENT));
		}
		return department.found();
	}

	private CaseStage stage(CsvReader record, Instant[] reached, List<String> problems) {
		String text = mapped(record, HistoryField.STAGE);
		if (text == null) {
			return StageRules.reached(reached);
		}
		CaseStage stage = Choices.parse(CaseStage.class, text, CaseStage::label);
		if (stage == null) {
			problems.add("stage: '" + text + "' is not a stage; one of " + Choices.list(CaseStage.class,
					CaseStage::label));
			return null;
		}
		String conflict = StageRules.conflict(stage, reached);
		if (conflict != null) {
			problems.add("stage: " + conflict);
		}
		return stage;
	}

	private Satisfaction satisfaction(CsvReader record, Instant[] reached, List<String> problems) {
		String text = mapped(record, HistoryField.SATISFACTION);
		if (text == null) {
			return null;
		}
		Satisfaction satisfaction = Choices.parse(Satisfaction.class, text, Satisfaction::label);
		if (satisfaction == null) {
			problems.add("satisfaction: '" + text + "' is not an answer; one of "
					+ Choices.list(Satisfaction.class, Satisfaction::label));
		}
		else if (reached[StageRules.CLOSED] == null) {
			problems.add("satisfaction: a case is called back only after closedAt");
		}
		return satisfaction;
	}

	private Tally tally(CsvReader record, Instant[] reached, List<String> problems) {
		boolean dispatched = reached[3] != null;
		int dispatches = count(record, HistoryField.DISPATCH_COUNT, dispatched ? 1 : 0, problems);
		int returns = count(record, HistoryField.RETURN_COUNT, 0, problems);
		if (dispatches > 0 && !dispatched) {
			problems.add("dispatchCount: a dispatched case needs dispatchedAt");
		}
		if (returns > dispatches && dispatches >= 0) {
			problems.add("returnCount: more returns than dispatches (" + dispatches + ")");
		}
		return new Tally(dispatches, returns, count(record, HistoryField.REWORK_COUNT, 0, problems),
				count(record, HistoryField.REOPEN_COUNT, 0, problems), 0, 0, 0);
	}

	/** A count of the record, {@code absent} when not given, -1 with a problem added when not a count. */
	private int count(CsvReader record, HistoryField field, int absent, List<String> problems) {
		String text = columns.value(record, field);
		if (text == null) {
			return absent;
		}
		int value = -1;
		if (text.length() <= 3 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
			value = Integer.parseInt(text);
		}
		if (value < 0) {
			problems.add(field.key() + ": '" + text + "' is not a count (0–" + COUNT_MAX + ")");
			return -1;
		}
		return value;
	}

	private static String order() {
		StringBuilder names = new StringBuilder();
		for (HistoryField field : MILESTONES) {
			names.append(names.isEmpty() ? "" : " → ").append(field.key());
		}
		return names.toString();
	}
}
