package org.tongguan.casework.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.tongguan.casework.AttachmentFiles;
import org.tongguan.casework.AttachmentFiles.StoredAttachment;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.Reporter;
import org.tongguan.casework.TrafficLight;
import org.tongguan.casework.action.CaseRequests;
import org.tongguan.casework.deadline.Deadlines;
import org.tongguan.casework.deadline.Supervisions;
import org.tongguan.casework.dispatch.Assists;
import org.tongguan.casework.dispatch.PoliceTransfers;
import org.tongguan.casework.intake.CaseAttachments;
import org.tongguan.casework.intake.CaseAttachments.CaseAttachment;
import org.tongguan.casework.intake.Duplicates;
import org.tongguan.casework.intake.IntakeResult;
import org.tongguan.casework.process.TaskGroup;
import org.tongguan.casework.process.WorkItems;
import org.tongguan.casework.store.Assignment;
import org.tongguan.casework.store.CaseNumbers;
import org.tongguan.casework.store.CasePlace;
import org.tongguan.casework.store.CaseRecord;
import org.tongguan.casework.store.CaseStore;
import org.tongguan.casework.store.Countdown;
import org.tongguan.casework.timeline.TimelineEntry;
import org.tongguan.identity.Caller;
import org.tongguan.identity.Callers;
import org.tongguan.identity.Department;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.identity.Departments;
import org.tongguan.identity.Role;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.Regions;
import org.tongguan.shared.NotFoundException;

/** Builds the REST views of cases, with region names, lights read now and the reporter masked where it must be. */
@Component
public class CaseViews {

	private final CaseNumbers numbers;

	private final Deadlines deadlines;

	private final Regions regions;

	private final Departments departments;

	private final Callers callers;

	private final CaseStore cases;

	private final CaseAttachments attachments;

	private final Duplicates duplicates;

	private final Assists assists;

	private final CaseRequests requests;

	private final Supervisions supervisions;

	private final PoliceTransfers transfers;

	private final WorkItems workItems;

	private final Outcomes outcomes;

	private final ObjectProvider<AttachmentFiles> files;

	private final Clock clock;

	CaseViews(CaseNumbers numbers, Deadlines deadlines, Regions regions, Departments departments, Callers callers,
			CaseStore cases, CaseAttachments attachments, Duplicates duplicates, Assists assists,
			CaseRequests requests, Supervisions supervisions, PoliceTransfers transfers, WorkItems workItems,
			Outcomes outcomes, ObjectProvider<AttachmentFiles> files, Clock clock) {
		this.numbers = numbers;
		this.deadlines = deadlines;
		this.regions = regions;
		this.departments = departments;
		this.callers = callers;
		this.cases = cases;
		this.attachments = attachments;
		this.duplicates = duplicates;
		this.assists = assists;
		this.requests = requests;
		this.supervisions = supervisions;
		this.transfers = transfers;
		this.workItems = workItems;
		this.outcomes = outcomes;
		this.files = files;
		this.clock = clock;
	}

	CaseSummary summary(CaseRecord record) {
		Instant now = clock.instant();
		CasePlace place = record.place();
		return new CaseSummary(record.id().value(), number(record), channel(record), stage(record.stage()),
				Named.of(record.matter().category(), record.matter().categoryName()), record.matter().urgency().name(),
				region(place.district()), region(place.street()), place.address(), lead(record.assignment()),
				record.reporter() == null ? null : record.reporter().masked(), record.milestones().reported(),
				record.overall() == null ? null : record.overall().dueAt(), light(record, now).light(),
				stageLight(record, now).light(), record.duplicateSuspect(), record.tally().supervisions());
	}

	/** The view of a case by id; 404 when there is none. */
	public CaseView view(CaseId id) {
		return view(cases.find(id).orElseThrow(() -> new NotFoundException("No case " + id)));
	}

	/** The answer to an intake: 201 with the new case and where it is, or 200 with the case a retry made before. */
	ResponseEntity<CaseView> answer(IntakeResult result) {
		CaseView view = view(result.record());
		return result.created() ? ResponseEntity.created(URI.create("/api/cases/" + view.id())).body(view)
				: ResponseEntity.ok(view);
	}

	CaseView view(CaseRecord record) {
		Instant now = clock.instant();
		Caller caller = callers.current();
		CasePlace place = record.place();
		Assignment assignment = record.assignment();
		return new CaseView(record.id().value(), number(record), channel(record), stage(record.stage()),
				Named.of(record.matter().category(), record.matter().categoryName()),
				record.matter().version().value(), name(record.matter().matterType()),
				record.matter().urgency().name(), record.matter().description(),
				new CaseView.LocationView(place.longitude(), place.latitude(), place.address(), region(place.grid()),
						region(place.community()), region(place.street()), region(place.district())),
				reporter(record.reporter(), caller), record.externalId(),
				Named.of(assignment.responsible(), assignment.responsibleName()), lead(assignment),
				assists.of(record.id()).stream().map(CaseViews::assist).toList(),
				assignment.rule() == null ? null : new CaseView.DispatchView(assignment.rule().name(),
						assignment.rule().label(), assignment.explanation()),
				record.milestones(), light(record, now).view(null), stageLight(record, now).view(record.stage()),
				record.suspendedSince(), name(record.escalationLevel()), record.tally(), record.onTime(),
				name(record.satisfaction()), record.selfHandled(), duplicates(record), master(record), record.note(),
				attachments(record.id()),
				workItems.of(record.id()).stream().map(item -> new CaseView.TaskView(item.key(), item.name(),
						item.createdAt(), item.groups().stream().map(CaseViews::group).toList(),
						item.roleFor(caller).isPresent())).toList(),
				requests.of(record.id()).stream().map(CaseViews::request).toList(),
				supervisions.of(record.id()).stream().map(this::notice).toList(),
				transfers.of(record.id()).stream().map(CaseViews::transfer).toList(), record.updatedAt(),
				outcomes.callback(record, callsBack(caller)), outcomes.master(record));
	}

	TimelineView timeline(TimelineEntry entry) {
		return new TimelineView(entry.sequence(), entry.at(), entry.actor(), entry.actorName(),
				entry.role() == null ? null : Named.of(entry.role(), entry.role().label()),
				Named.of(entry.step(), entry.step().label()), entry.comment(), stage(entry.from()), stage(entry.to()),
				entry.attachmentIds());
	}

	private Reading light(CaseRecord record, Instant now) {
		return reading(record.overall(), Deadlines.readAt(record, now), record);
	}

	private Reading stageLight(CaseRecord record, Instant now) {
		Instant at = record.clocksStopped() ? null : Deadlines.readAt(record, now);
		return reading(record.stageClock(), at, record);
	}

	private Reading reading(Countdown countdown, Instant at, CaseRecord record) {
		if (countdown == null || at == null || countdown.limit() == null) {
			return new Reading(countdown, null, null);
		}
		double used = deadlines.used(countdown, at, record.matter().calendar());
		return new Reading(countdown, deadlines.light(countdown, at, record.matter().calendar()),
				(int) Math.round(used * 100));
	}

	private List<CaseView.DuplicateView> duplicates(CaseRecord record) {
		return duplicates.of(record.id()).stream().map(duplicate -> new CaseView.DuplicateView(duplicate.id().value(),
				cases.find(duplicate.id()).map(this::number).orElse(null), Math.round(duplicate.distanceM())))
			.toList();
	}

	private Named master(CaseRecord record) {
		return record.mergedInto() == null ? null
				: Named.of(record.mergedInto(), cases.find(record.mergedInto()).map(this::number).orElse(null));
	}

	private CaseView.NoticeView notice(Supervisions.Notice notice) {
		return new CaseView.NoticeView(notice.kind().name(), notice.at(), notice.actor(), department(notice.department()),
				name(notice.level()), notice.text());
	}

	private static Reporter reporter(Reporter reporter, Caller caller) {
		if (reporter == null) {
			return null;
		}
		return callsBack(caller) ? reporter : reporter.masked();
	}

	/** Whether the caller calls reporters back and so sees their personal data. */
	private static boolean callsBack(Caller caller) {
		return caller.has(Role.OPERATOR) || caller.has(Role.SHIFT_LEAD);
	}

	private static CaseView.AssistView assist(Assists.Assist assist) {
		return new CaseView.AssistView(Named.of(assist.department(), assist.name()), assist.assignedAt(),
				assist.doneAt(), assist.result());
	}

	/** The case's attachments as linked, with what the attachment store keeps of them (read once, if any). */
	private List<CaseView.AttachmentView> attachments(CaseId id) {
		List<CaseAttachment> linked = attachments.roles(id);
		Map<String, StoredAttachment> stored = files.getIfAvailable(() -> AttachmentFiles.NONE)
			.find(linked.stream().map(CaseAttachment::id).toList());
		return linked.stream().map(link -> {
			StoredAttachment file = stored.get(link.id());
			return new CaseView.AttachmentView(link.id(), link.role().name(), link.addedAt(), link.addedBy(),
					file == null ? null : file.mediaType(), file == null ? null : file.fileName(),
					file != null && file.thumbnail());
		}).toList();
	}

	private static CaseView.RequestView request(CaseRequests.Request request) {
		return new CaseView.RequestView(request.id(), request.kind().name(), request.amount(), request.reason(),
				request.requestedBy(), request.requestedAt(), request.decidedBy(), request.decidedAt(),
				request.approved(), request.decisionComment());
	}

	private static CaseView.TransferView transfer(PoliceTransfers.Transfer transfer) {
		return new CaseView.TransferView(transfer.direction().name(), transfer.reference(), transfer.reason(),
				transfer.at(), transfer.actor());
	}

	private static String group(TaskGroup group) {
		return group.department() == null ? group.role().name() : group.role() + "@" + group.department();
	}

	private String number(CaseRecord record) {
		return numbers.of(record.id(), record.milestones().reported());
	}

	private static Named channel(CaseRecord record) {
		return Named.of(record.channel(), record.channel().label());
	}

	static Named stage(CaseStage stage) {
		return stage == null ? null : Named.of(stage, stage.label());
	}

	private Named region(RegionCode code) {
		return code == null ? null : Named.of(code, regions.find(code).map(Region::name).orElse(null));
	}

	private static Named lead(Assignment assignment) {
		return Named.of(assignment.lead(), assignment.leadName());
	}

	private Named department(DepartmentCode code) {
		return code == null ? null : Named.of(code, departments.find(code).map(Department::name).orElse(null));
	}

	private static String name(Enum<?> constant) {
		return constant == null ? null : constant.name();
	}

	/** A time limit read at one moment. */
	private record Reading(Countdown countdown, TrafficLight light, Integer usedPercent) {

		LightView view(CaseStage stage) {
			if (countdown == null) {
				return null;
			}
			String name = stage == null ? null : Deadlines.limitedStage(stage).map(Enum::name).orElse(null);
			return new LightView(name, countdown.start(), countdown.warnAt(), countdown.dueAt(), light, usedPercent);
		}
	}
}
