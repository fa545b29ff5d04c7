package org.tongguan.casework.store;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;

/** The columns of {@code casework_case} that change after intake, each read from the {@link CaseRecord}. */
enum CaseColumn {
	STAGE(CaseRecord::stage),
	ACCEPTED_AT(r -> r.milestones().accepted()),
	FILED_AT(r -> r.milestones().filed()),
	DISPATCHED_AT(r -> r.milestones().dispatched()),
	HANDLED_AT(r -> r.milestones().handled()),
	VERIFIED_AT(r -> r.milestones().verified()),
	CLOSED_AT(r -> r.milestones().closed()),
	EVALUATED_AT(r -> r.milestones().evaluated()),
	CATEGORY_CODE(r -> r.matter().category()),
	CATEGORY_VERSION_ID(r -> r.matter().version()),
	CATEGORY_NAME(r -> r.matter().categoryName()),
	URGENCY(r -> r.matter().urgency()),
	CALENDAR_KIND(r -> r.matter().calendar()),
	LIMIT_SECONDS(r -> r.overall() == null ? null : r.overall().limit()),
	PAUSED_SECONDS(r -> r.overall() == null ? null : r.overall().paused()),
	WARN_AT(r -> r.overall() == null ? null : r.overall().warnAt()),
	DUE_AT(r -> r.overall() == null ? null : r.overall().dueAt()),
	WARNED(r -> r.overall() != null && r.overall().warned()),
	OVERDUE(r -> r.overall() != null && r.overall().overdue()),
	SUSPENDED_SINCE(CaseRecord::suspendedSince),
	STAGE_STARTED_AT(r -> r.stageClock() == null ? null : r.stageClock().start()),
	STAGE_LIMIT_SECONDS(r -> r.stageClock() == null ? null : r.stageClock().limit()),
	STAGE_PAUSED_SECONDS(r -> r.stageClock() == null ? Duration.ZERO : r.stageClock().paused()),
	STAGE_WARN_AT(r -> r.stageClock() == null ? null : r.stageClock().warnAt()),
	STAGE_DUE_AT(r -> r.stageClock() == null ? null : r.stageClock().dueAt()),
	STAGE_WARNED(r -> r.stageClock() != null && r.stageClock().warned()),
	STAGE_OVERDUE(r -> r.stageClock() != null && r.stageClock().overdue()),
	ESCALATION_LEVEL(CaseRecord::escalationLevel),
	ON_TIME(CaseRecord::onTime),
	SATISFACTION(CaseRecord::satisfaction),
	RESPONSIBLE_DEPARTMENT(r -> r.assignment().responsible()),
	RESPONSIBLE_DEPARTMENT_NAME(r -> r.assignment().responsibleName()),
	LEAD_DEPARTMENT(r -> r.assignment().lead()),
	LEAD_DEPARTMENT_NAME(r -> r.assignment().leadName()),
	DISPATCH_RULE(r -> r.assignment().rule()),
	DISPATCH_EXPLANATION(r -> r.assignment().explanation()),
	MERGED_INTO(CaseRecord::mergedInto),
	NOTE(CaseRecord::note),
	PROCESS_INSTANCE_ID(CaseRecord::processInstanceId),
	ALARM_AT(CaseRecord::alarmAt),
	DISPATCH_COUNT(r -> r.tally().dispatches(), true),
	RETURN_COUNT(r -> r.tally().returns(), true),
	REWORK_COUNT(r -> r.tally().reworks(), true),
	REOPEN_COUNT(r -> r.tally().reopens(), true),
	EXTENSION_COUNT(r -> r.tally().extensions(), true),
	SUPERVISION_COUNT(r -> r.tally().supervisions(), true),
	ESCALATIONS(r -> r.tally().escalations(), true);

	private final Function<CaseRecord, Object> value;

	private final boolean counter;

	CaseColumn(Function<CaseRecord, Object> value) {
		this(value, false);
	}

	CaseColumn(Function<CaseRecord, Object> value, boolean counter) {
		this.value = value;
		this.counter = counter;
	}

	/** The column's SQL name. */
	String sql() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The column's value in a case. */
	Object of(CaseRecord record) {
		return value.apply(record);
	}

	/** Whether the column counts something, so that a change adds to it rather than setting it. */
	boolean counter() {
		return counter;
	}
}
