package org.tongguan.casework.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.tongguan.casework.dispatch.DispatchRules;
import org.tongguan.casework.event.CaseEscalated;
import org.tongguan.casework.intake.CategoryVersions;
import org.tongguan.casework.internal.CaseworkProperties;
import org.tongguan.casework.store.CaseFile;
import org.tongguan.casework.store.CaseRecord;
import org.tongguan.casework.store.CaseStore;
import org.tongguan.casework.timeline.Actor;
import org.tongguan.casework.timeline.Step;
import org.tongguan.casework.timeline.StepRecord;
import org.tongguan.casework.timeline.Timeline;
import org.tongguan.catalog.Responsibility;
import org.tongguan.identity.Department;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.identity.Departments;
import org.tongguan.region.RegionLevel;

/**
 * Automatic escalation (升级督办): a case still open {@code tongguan.casework.escalation-margin} of working time after
 * its overall deadline is escalated from the level handling it to the next level up (street → district → city), and
 * again after each further margin until the city level oversees it. Each escalation is a supervision notice to the
 * lead department, naming the department of the matter's function at the new level.
 */
@Component
public class Escalations {

	private final Departments departments;

	private final CategoryVersions versions;

	private final WorkingTime time;

	private final CaseworkProperties properties;

	private final CaseStore cases;

	private final Supervisions supervisions;

	private final Timeline timeline;

	private final ApplicationEventPublisher events;

	Escalations(Departments departments, CategoryVersions versions, WorkingTime time, CaseworkProperties properties,
			CaseStore cases, Supervisions supervisions, Timeline timeline, ApplicationEventPublisher events) {
		this.departments = departments;
		this.versions = versions;
		this.time = time;
		this.properties = properties;
		this.cases = cases;
		this.supervisions = supervisions;
		this.timeline = timeline;
		this.events = events;
	}

	/** When the case is to be escalated next, empty when it cannot go higher or has no deadline. */
	public Optional<Instant> dueAt(CaseRecord record) {
		if (record.overall() == null || nextLevel(record).isEmpty()) {
			return Optional.empty();
		}
		Duration margin = properties.escalationMargin().multipliedBy(record.tally().escalations() + 1L);
		Instant at = time.after(record.overall().dueAt(), margin, record.matter().calendar());
		Instant whole = at.truncatedTo(ChronoUnit.SECONDS);
		return Optional.of(whole.equals(at) ? whole : whole.plusSeconds(1));
	}

	/** Escalates the case one level. */
	public void escalate(CaseRecord record, Instant now) {
		RegionLevel level = nextLevel(record).orElseThrow();
		Responsibility responsibility = versions.of(record.matter().version())
			.definition()
			.responsibilityIn(record.place().district());
		Optional<Department> overseer = responsibility.at(level)
			.flatMap(function -> departments.serving(function, level, record.place().finest()).stream().findFirst());
		DepartmentCode code = overseer.map(Department::code).orElse(null);
		String text = "超期未办结，自动升级至" + DispatchRules.levelName(level) + "督办"
				+ overseer.map(department -> "：" + department.name()).orElse("");
		supervisions.add(record.id(), new Supervisions.Notice(Supervisions.Kind.ESCALATION, now,
				Actor.SYSTEM.username(), record.assignment().lead(), level, text));
		CaseFile file = new CaseFile(record);
		CaseEscalated escalated = file.escalate(level, code);
		cases.save(file, now);
		timeline.record(record.id(), StepRecord.of(Actor.SYSTEM, Step.ESCALATE, text), record.stage(), record.stage());
		events.publishEvent(escalated);
	}

	private Optional<RegionLevel> nextLevel(CaseRecord record) {
		RegionLevel current = record.escalationLevel();
		if (current == null) {
			current = Optional.ofNullable(record.assignment().lead())
				.flatMap(departments::find)
				.map(Department::level)
				.orElseGet(() -> versions.of(record.matter().version())
					.definition()
					.responsibilityIn(record.place().district())
					.dispatchLevel());
		}
		return Optional.ofNullable(current.compareTo(RegionLevel.CITY) <= 0 ? null : current.parent());
	}
}
