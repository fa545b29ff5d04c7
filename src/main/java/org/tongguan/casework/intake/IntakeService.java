package org.tongguan.casework.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongguan.casework.AttachmentRole;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.CaseIntake;
import org.tongguan.casework.CaseReport;
import org.tongguan.casework.CaseSnapshot;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.Channel;
import org.tongguan.casework.deadline.DeadlineTimer;
import org.tongguan.casework.deadline.Deadlines;
import org.tongguan.casework.dispatch.DispatchDecision;
import org.tongguan.casework.dispatch.DispatchRules;
import org.tongguan.casework.dispatch.PoliceTransfers;
import org.tongguan.casework.process.CaseProgress;
import org.tongguan.casework.process.Workflow;
import org.tongguan.casework.store.Assignment;
import org.tongguan.casework.store.CaseFile;
import org.tongguan.casework.store.CaseMatter;
import org.tongguan.casework.store.CasePlace;
import org.tongguan.casework.store.CaseRecord;
import org.tongguan.casework.store.CaseStore;
import org.tongguan.casework.store.Milestones;
import org.tongguan.casework.store.NewCase;
import org.tongguan.casework.store.Snapshots;
import org.tongguan.casework.timeline.Actor;
import org.tongguan.casework.timeline.Step;
import org.tongguan.casework.timeline.StepRecord;
import org.tongguan.casework.timeline.Timeline;
import org.tongguan.catalog.CategoryVersion;
import org.tongguan.identity.Caller;
import org.tongguan.identity.Callers;
import org.tongguan.identity.Department;

/**
 * Intake (上报) for every channel: validates and locates the report, returns the earlier case for a retried
 * idempotency key, flags likely duplicates, stores the case with its deadlines and the responsible department by the
 * dispatch rules, starts its process and publishes what its case file answers ({@code CaseReported}, and
 * {@code CaseClosed} for a case handled on the spot) — all in one transaction. Idempotency keys are scoped to the
 * reporting user (or to the channel for reports without one, and always for 110 incident numbers); a unique
 * constraint makes concurrent retries safe.
 */
@Service
public class IntakeService implements CaseIntake {

	private final IntakeValidator validator;

	private final Callers callers;

	private final CaseStore cases;

	private final Duplicates duplicates;

	private final DispatchRules rules;

	private final Deadlines deadlines;

	private final CaseAttachments attachments;

	private final PoliceTransfers transfers;

	private final Timeline timeline;

	private final CaseProgress progress;

	private final Workflow workflow;

	private final DeadlineTimer timer;

	private final Snapshots snapshots;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	IntakeService(IntakeValidator validator, Callers callers, CaseStore cases, Duplicates duplicates,
			DispatchRules rules, Deadlines deadlines, CaseAttachments attachments, PoliceTransfers transfers,
			Timeline timeline, CaseProgress progress, Workflow workflow, DeadlineTimer timer, Snapshots snapshots,
			ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
		this.validator = validator;
		this.callers = callers;
		this.cases = cases;
		this.duplicates = duplicates;
		this.rules = rules;
		this.deadlines = deadlines;
		this.attachments = attachments;
		this.transfers = transfers;
		this.timeline = timeline;
		this.progress = progress;
		this.workflow = workflow;
		this.timer = timer;
		this.snapshots = snapshots;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public CaseSnapshot report(Caller caller, CaseReport report) {
		return snapshots.of(intake(caller, report).record());
	}

	@Override
	public CaseSnapshot reportForChannel(CaseReport report) {
		return snapshots.of(intake(null, report).record());
	}

	@Override
	public void recordCleared(Channel channel, String externalId, String note) {
		Step step = switch (channel) {
			case SENSOR -> Step.SENSOR_CLEARED;
			case INDICATOR -> Step.INDICATOR_CLEARED;
			default -> throw new IllegalArgumentException(channel + " reports nothing that clears");
		};
		cases.findByExternalId(channel, externalId)
			.ifPresent(record -> timeline.record(record.id(), StepRecord.of(Actor.channel(channel.label()), step,
					note), record.stage(), record.stage()));
	}

	/**
	 * Reports a matter on behalf of a caller, or of its channel when the caller is {@code null}, and tells whether
	 * this report created the case.
	 */
	public IntakeResult intake(Caller caller, CaseReport report) {
		ValidReport valid = validator.validate(report);
		Actor actor = Actor.reporting(caller, report.channel());
		if (caller != null) {
			callers.requireScope(caller, valid.place().finest());
		}
		String key = scopedKey(report, actor);
		if (key != null) {
			CaseRecord earlier = cases.findByIdempotencyKey(key).orElse(null);
			if (earlier != null) {
				return new IntakeResult(earlier, false);
			}
		}
		try {
			return transactions.execute(status -> new IntakeResult(store(valid, key, actor), true));
		}
		catch (DuplicateKeyException e) {
			return cases.findByIdempotencyKey(key)
				.map(earlier -> new IntakeResult(earlier, false))
				.orElseThrow(() -> e);
		}
	}

	private CaseRecord store(ValidReport valid, String key, Actor actor) {
		CaseReport report = valid.report();
		CasePlace place = valid.place();
		CategoryVersion version = valid.version();
		Instant now = clock.instant();
		boolean self = report.selfHandled();
		List<Duplicates.Duplicate> likely = !self && place.located()
				? duplicates.find(version.code(), place.longitude(), place.latitude(), now) : List.of();
		DispatchDecision decision = rules.decide(place, version, valid.urgency(), report.department());
		NewCase fresh = newCase(valid, key, actor, likely, decision, now);
		CaseId id = cases.insert(fresh);
		CaseFile file = new CaseFile(fresh.stored(id));
		duplicates.flag(id, likely);
		attachments.link(id, report.attachmentIds(), AttachmentRole.BEFORE, actor, now);
		if (report.channel() == Channel.POLICE_110) {
			transfers.record(id, new PoliceTransfers.Transfer(PoliceTransfers.Direction.IN, report.externalId(),
					null, now, actor.username()));
		}
		events.publishEvent(file.reported());
		Map<String, Object> variables = Map.of("caseId", id.value(), "selfHandled", self, "emergency",
				DispatchRules.emergency(version.definition(), valid.urgency()));
		file.decided(decision);
		Workflow.Started started = workflow.start(file, version.code(), variables);
		file.processStarted(started.processInstanceId());
		StepRecord reported = new StepRecord(actor, Step.REPORT, note(report, likely), report.attachmentIds());
		if (self) {
			timeline.record(id, reported, null, CaseStage.REPORTED);
			progress.follow(CaseStage.REPORTED, StepRecord.of(actor, Step.SELF_HANDLE, "网格员现场自行处置"),
					started.passage(), now);
			events.publishEvent(file.handledOnTheSpot());
		}
		else {
			progress.follow(null, reported, started.passage(), now);
		}
		timer.sync(file);
		cases.save(file, now);
		return cases.find(id).orElseThrow();
	}

	private NewCase newCase(ValidReport valid, String key, Actor actor, List<Duplicates.Duplicate> likely,
			DispatchDecision decision, Instant now) {
		CaseReport report = valid.report();
		CategoryVersion version = valid.version();
		boolean self = report.selfHandled();
		Department responsible = decision.department();
		return new NewCase(report.channel(), CaseStage.REPORTED, key, report.externalId(), actor.username(),
				valid.reporter(), valid.place(),
				new CaseMatter(version.code(), version.id(), version.definition().name(), report.matterType(),
						valid.urgency(), Deadlines.calendarOf(version.definition()), valid.description()),
				self ? new Milestones(now, now, now, null, now, now, now, null)
						: new Milestones(now, null, null, null, null, null, null, null),
				deadlines.overall(version, valid.urgency(), report.matterType(), now),
				deadlines.stage(CaseStage.REPORTED, version, now),
				new Assignment(responsible == null ? null : responsible.code(),
						responsible == null ? null : responsible.name(), null, null, decision.rule(),
						decision.explanation()),
				self, !likely.isEmpty(), self ? Boolean.TRUE : null);
	}

	private static String note(CaseReport report, List<Duplicates.Duplicate> likely) {
		StringBuilder note = new StringBuilder(report.channel().label());
		if (report.channel() == Channel.POLICE_110) {
			note.append("，110 警情编号 ").append(report.externalId());
		}
		if (!likely.isEmpty()) {
			note.append("；疑似重复 ").append(likely.size()).append(" 件");
		}
		return note.toString();
	}

	private static String scopedKey(CaseReport report, Actor actor) {
		if (report.channel() == Channel.POLICE_110) {
			return "110:" + report.externalId();
		}
		if (report.idempotencyKey() == null) {
			return null;
		}
		return actor.username() + ":" + report.idempotencyKey();
	}
}
