package org.tongguan.casework.dispatch;

import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.tongguan.calendar.CalendarKind;
import org.tongguan.casework.deadline.Deadlines;
import org.tongguan.casework.event.CaseFiled;
import org.tongguan.casework.store.CaseFile;
import org.tongguan.casework.store.CaseMatter;
import org.tongguan.casework.store.CaseRecord;
import org.tongguan.casework.store.Countdown;
import org.tongguan.catalog.CategoryVersion;
import org.tongguan.catalog.Urgency;

/**
 * Filing (立案): pins the catalogue version in force and the urgency, recomputes the overall limit from the report
 * with them, and records whom the dispatch rules would send the case to (asking them only when the action has not
 * asked them for this version and urgency already, as intake has for the fast track).
 */
@Component
public class Filing {

	private final Deadlines deadlines;

	private final DispatchRules rules;

	private final ApplicationEventPublisher events;

	Filing(Deadlines deadlines, DispatchRules rules, ApplicationEventPublisher events) {
		this.deadlines = deadlines;
		this.rules = rules;
		this.events = events;
	}

	/** Files the case with this version and urgency. */
	public void file(CaseFile file, CategoryVersion version, Urgency urgency, Instant now) {
		CaseRecord record = file.record();
		CalendarKind kind = Deadlines.calendarOf(version.definition());
		Countdown fresh = deadlines.overall(version, urgency, record.matter().matterType(),
				record.milestones().reported());
		Countdown limit = file.current().overall();
		Countdown overall = limit == null ? fresh : deadlines.withLimit(limit, fresh.limit(), kind, now);
		CaseMatter matter = file.current().matter();
		DispatchDecision decision = file.decided()
			.filter(earlier -> matter.version().equals(version.id()) && matter.urgency() == urgency)
			.orElseGet(() -> rules.decide(record.place(), version, urgency, DispatchRules.named(record)));
		CaseFiled filed = file.file(version, urgency, kind, overall, decision, now);
		events.publishEvent(filed);
	}
}
