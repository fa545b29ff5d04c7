package org.tongguan.casework.internal;

import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.tongguan.calendar.CalendarKind;
import org.tongguan.casework.event.CaseFiled;
import org.tongguan.catalog.CategoryVersion;
import org.tongguan.catalog.Urgency;

/**
 * Filing (立案): pins the catalogue version in force and the urgency, recomputes the overall limit from the report
 * with them, and records whom the dispatch rules would send the case to.
 */
@Component
public class Filing {

	private final CaseStore cases;

	private final Deadlines deadlines;

	private final DispatchRules rules;

	private final ApplicationEventPublisher events;

	Filing(CaseStore cases, Deadlines deadlines, DispatchRules rules, ApplicationEventPublisher events) {
		this.cases = cases;
		this.deadlines = deadlines;
		this.rules = rules;
		this.events = events;
	}

	/** Files the case with this version and urgency. */
	public void file(CaseRecord record, CategoryVersion version, Urgency urgency, Instant now) {
		CalendarKind kind = Deadlines.calendarOf(version.definition());
		Countdown fresh = deadlines.overall(version, urgency, record.matter().matterType(),
				record.milestones().reported());
		Countdown overall = record.overall() == null ? fresh
				: deadlines.withLimit(record.overall(), fresh.limit(), kind, now);
		CaseChanges changes = new CaseChanges().set(CaseColumn.FILED_AT, now)
			.set(CaseColumn.CATEGORY_CODE, version.code())
			.set(CaseColumn.CATEGORY_VERSION_ID, version.id())
			.set(CaseColumn.CATEGORY_NAME, version.definition().name())
			.set(CaseColumn.URGENCY, urgency)
			.set(CaseColumn.CALENDAR_KIND, kind)
			.overall(overall);
		responsible(changes, rules.decide(record.place(), version, urgency));
		cases.apply(record.id(), changes, now);
		events.publishEvent(new CaseFiled(record.id(), version.id(), overall.dueAt()));
	}

	/** Records the dispatch rules' decision as the responsible department, before any dispatch. */
	static CaseChanges responsible(CaseChanges changes, DispatchDecision decision) {
		return changes
			.set(CaseColumn.RESPONSIBLE_DEPARTMENT, decision.department() == null ? null : decision.department().code())
			.set(CaseColumn.RESPONSIBLE_DEPARTMENT_NAME,
					decision.department() == null ? null : decision.department().name())
			.set(CaseColumn.DISPATCH_RULE, decision.rule())
			.set(CaseColumn.DISPATCH_EXPLANATION, decision.explanation());
	}
}
