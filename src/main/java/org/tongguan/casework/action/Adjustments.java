package org.tongguan.casework.action;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.deadline.Deadlines;
import org.tongguan.casework.deadline.WorkingTime;
import org.tongguan.casework.event.CaseExtended;
import org.tongguan.casework.process.ProcessTask;
import org.tongguan.casework.process.Workflow;
import org.tongguan.casework.store.CaseRecord;
import org.tongguan.casework.timeline.Step;
import org.tongguan.casework.timeline.StepRecord;
import org.tongguan.shared.ConflictException;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.NotFoundException;
import org.tongguan.shared.TimeLimit;

/**
 * Changes to a handling department's time (延期 and 挂账): the lead department asks, the dispatcher decides. An
 * approved extension adds working time to the overall and the handling limit; an approved suspension stops both
 * clocks until the case is resumed, and the suspended time does not count.
 */
@Service
@Transactional
public class Adjustments {

	private static final Pattern AMOUNT = Pattern.compile("(\\d{1,3})\\s*([hd])");

	/** The longest extension one request may ask for. */
	private static final int MAX_WORKING_DAYS = 30;

	private final TaskActions actions;

	private final CaseRequests requests;

	private final Deadlines deadlines;

	private final WorkingTime time;

	private final ApplicationEventPublisher events;

	Adjustments(TaskActions actions, CaseRequests requests, Deadlines deadlines, WorkingTime time,
			ApplicationEventPublisher events) {
		this.actions = actions;
		this.requests = requests;
		this.deadlines = deadlines;
		this.time = time;
		this.events = events;
	}

	/** 申请延期 — the lead department asks for more time, e.g. {@code 2d} (working days) or {@code 4h}. */
	public long requestExtension(CaseId id, String amount, String reason) {
		TimeLimit extra = parse(amount);
		String why = Texts.required("reason", reason);
		TaskActions.Context context = actions.open(id, ProcessTask.HANDLE);
		long request = requests.create(id, CaseRequests.Kind.EXTENSION, amount.strip(), why, context.actor(),
				context.now());
		actions.message(context, StepRecord.of(context.actor(), Step.REQUEST_EXTENSION, describe(extra) + "：" + why),
				Workflow.EXTENSION_REQUESTED);
		events.publishEvent(context.file().requestExtension(request, amount.strip()));
		return request;
	}

	/** 延期审批 — the dispatcher approves or rejects the pending extension request. */
	public void decideExtension(CaseId id, long requestId, boolean approved, String comment) {
		String note = Texts.optional("comment", comment);
		TaskActions.Context context = actions.open(id, ProcessTask.APPROVE_EXTENSION);
		CaseRequests.Request request = pending(id, requestId, CaseRequests.Kind.EXTENSION);
		requests.decide(requestId, approved, note, context.actor(), context.now());
		CaseRecord record = context.record();
		CaseExtended extended = approved ? context.file()
			.extend(time.length(parse(request.amount()), record.matter().calendar()), deadlines, context.now()) : null;
		actions.complete(context, StepRecord.of(context.actor(),
				approved ? Step.APPROVE_EXTENSION : Step.REJECT_EXTENSION, describe(parse(request.amount()))
						+ (note == null ? "" : "：" + note)),
				Map.of("decision", approved ? "APPROVE" : "REJECT"));
		if (approved) {
			events.publishEvent(extended);
		}
	}

	/** 申请挂账 — the lead department asks to suspend the case (e.g. waiting for a court order or for weather). */
	public long requestSuspension(CaseId id, String reason) {
		String why = Texts.required("reason", reason);
		TaskActions.Context context = actions.open(id, ProcessTask.HANDLE);
		long request = requests.create(id, CaseRequests.Kind.SUSPENSION, null, why, context.actor(), context.now());
		actions.message(context, StepRecord.of(context.actor(), Step.REQUEST_SUSPENSION, why),
				Workflow.SUSPENSION_REQUESTED);
		events.publishEvent(context.file().requestSuspension(request));
		return request;
	}

	/** 挂账审批 — the dispatcher approves or rejects the pending suspension request. */
	public void decideSuspension(CaseId id, long requestId, boolean approved, String comment) {
		String note = Texts.optional("comment", comment);
		TaskActions.Context context = actions.open(id, ProcessTask.APPROVE_SUSPENSION);
		pending(id, requestId, CaseRequests.Kind.SUSPENSION);
		requests.decide(requestId, approved, note, context.actor(), context.now());
		actions.complete(context, StepRecord.of(context.actor(),
				approved ? Step.APPROVE_SUSPENSION : Step.REJECT_SUSPENSION, note),
				Map.of("decision", approved ? "APPROVE" : "REJECT"));
		if (approved) {
			events.publishEvent(context.file().suspended());
		}
	}

	/** 恢复处置 — the suspended case goes on; its deadlines move by the time it was suspended. */
	public void resume(CaseId id, String comment) {
		String note = Texts.optional("comment", comment);
		TaskActions.Context context = actions.open(id, ProcessTask.RESUME);
		actions.complete(context, StepRecord.of(context.actor(), Step.RESUME, note), Map.of());
		events.publishEvent(context.file().resumed());
	}

	private CaseRequests.Request pending(CaseId id, long requestId, CaseRequests.Kind kind) {
		CaseRequests.Request request = requests.pending(id, kind)
			.orElseThrow(() -> new ConflictException("The case has no pending " + kind + " request"));
		if (request.id() != requestId) {
			throw new NotFoundException("No pending " + kind + " request " + requestId + " on case " + id);
		}
		return request;
	}

	/** Reads an extension: a number of working hours ({@code h}) or working days ({@code d}), at most 30 days. */
	public static TimeLimit parse(String amount) {
		Matcher matcher = amount == null ? null : AMOUNT.matcher(amount.strip());
		if (matcher == null || !matcher.matches()) {
			throw new InvalidInputException("extension", "extension is working hours or days, e.g. 4h or 2d");
		}
		int value = Integer.parseInt(matcher.group(1));
		TimeLimit limit = matcher.group(2).equals("d") ? TimeLimit.workingDays(value) : TimeLimit.workingHours(value);
		int hours = limit.unit() == TimeLimit.Unit.WORKING_DAYS ? value * 24 : value;
		if (value < 1 || hours > MAX_WORKING_DAYS * 24) {
			throw new InvalidInputException("extension", "an extension is 1 hour to " + MAX_WORKING_DAYS + " days");
		}
		return limit;
	}

	private static String describe(TimeLimit limit) {
		return "延期 " + limit.amount() + (limit.unit() == TimeLimit.Unit.WORKING_DAYS ? " 个工作日" : " 个工作小时");
	}
}
