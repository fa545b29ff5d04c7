package org.tongguan.casework.action;

import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.Satisfaction;
import org.tongguan.casework.event.CaseEvaluated;
import org.tongguan.casework.event.CaseReopened;
import org.tongguan.casework.process.ProcessTask;
import org.tongguan.casework.store.CaseNumbers;
import org.tongguan.casework.store.CaseRecord;
import org.tongguan.casework.store.CaseStore;
import org.tongguan.casework.timeline.Step;
import org.tongguan.casework.timeline.StepRecord;
import org.tongguan.casework.timeline.Timeline;
import org.tongguan.shared.InvalidInputException;

/**
 * 回访与评价 — the last step of the loop: the reporter's answer recorded through the phone or another channel (a
 * dissatisfied reporter reopens the case, 重办), or the loop ended without an evaluation and why (无法回访). A merged
 * duplicate's reporter answers about the master's outcome: the answer is recorded on the duplicate and a dissatisfied
 * one is noted on the master's timeline, which stays closed.
 */
@Service
@Transactional
public class Evaluation {

	/** The longest name of the person reached. */
	static final int CONTACT_MAX = 100;

	private final TaskActions actions;

	private final CaseStore cases;

	private final Callbacks callbacks;

	private final Followers followers;

	private final Timeline timeline;

	private final CaseNumbers numbers;

	private final ApplicationEventPublisher events;

	Evaluation(TaskActions actions, CaseStore cases, Callbacks callbacks, Followers followers, Timeline timeline,
			CaseNumbers numbers, ApplicationEventPublisher events) {
		this.actions = actions;
		this.cases = cases;
		this.callbacks = callbacks;
		this.followers = followers;
		this.timeline = timeline;
		this.numbers = numbers;
		this.events = events;
	}

	/** 回访 — records the reporter's answer; a dissatisfied reporter reopens the case (重办), unless it is a duplicate. */
	public void callback(CaseId id, CallbackAnswer answer) {
		Satisfaction satisfaction = answer.satisfaction();
		if (satisfaction == null) {
			throw new InvalidInputException("satisfaction", "satisfaction is required: " + List.of(Satisfaction.values()));
		}
		String note = answer.channel() == CallbackChannel.OTHER ? Texts.required("comment", answer.comment())
				: Texts.optional("comment", answer.comment());
		String contact = contact(answer.contact());
		TaskActions.Context context = actions.open(id, ProcessTask.CALLBACK);
		CaseRecord record = context.record();
		CallbackChannel channel = channel(answer.channel(), record);
		Instant contactedAt = contactedAt(answer.contactedAt(), record, context.now());
		boolean duplicate = record.mergedInto() != null;
		boolean reopen = !satisfaction.satisfied() && !duplicate;
		CaseEvaluated evaluated = context.file().evaluate(satisfaction, context.now());
		CaseReopened reopened = reopen ? context.file().reopen(false) : null;
		callbacks.record(id, new CallbackRecord(context.now(), context.actor().username(), channel, contactedAt, contact,
				satisfaction, null, note));
		events.publishEvent(evaluated);
		String number = number(record);
		if (reopen) {
			events.publishEvent(reopened);
			followers.follow(id, number, null, null, context.now());
		}
		else if (duplicate && !satisfaction.satisfied()) {
			noteOnMaster(record.mergedInto(), context, "重复件 " + number + " 回访不满意" + (note == null ? "" : "：" + note));
		}
		String text = satisfaction.label() + "（" + channel.label() + "回访" + (contact == null ? "" : "，" + contact)
				+ "）" + (note == null ? "" : "：" + note);
		actions.complete(context, StepRecord.of(context.actor(), reopen ? Step.REOPEN : Step.CALLBACK, text),
				Closure.reworkVariables(reopen ? "REOPEN" : "SATISFIED"));
		if (!reopen && !duplicate) {
			followers.masterFinished(id, number, context.now());
		}
	}

	/** 未评价办结 — ends the loop without an evaluation, e.g. when the reporter cannot be reached (无法回访). */
	public void endWithoutEvaluation(CaseId id, NoEvaluationReason reason, String comment) {
		if (reason == null) {
			throw new InvalidInputException("reason", "reason is required: " + List.of(NoEvaluationReason.values()));
		}
		String note = reason == NoEvaluationReason.OTHER ? Texts.required("comment", comment)
				: Texts.optional("comment", comment);
		TaskActions.Context context = actions.open(id, ProcessTask.CALLBACK);
		CaseRecord record = context.record();
		callbacks.record(id, new CallbackRecord(context.now(), context.actor().username(), null, null, null, null,
				reason, note));
		actions.complete(context, StepRecord.of(context.actor(), Step.END_WITHOUT_EVALUATION,
				reason.label() + (note == null ? "" : "：" + note)), Closure.reworkVariables("NO_EVALUATION"));
		if (record.mergedInto() == null) {
			followers.masterFinished(id, number(record), context.now());
		}
	}

	private void noteOnMaster(CaseId master, TaskActions.Context context, String note) {
		cases.find(master)
			.ifPresent(record -> timeline.record(master, StepRecord.of(context.actor(), Step.DUPLICATE_DISSATISFIED,
					note), record.stage(), record.stage()));
	}

	private static CallbackChannel channel(CallbackChannel asked, CaseRecord record) {
		if (asked != null) {
			return asked;
		}
		if (record.reporter() != null && record.reporter().phone() != null) {
			return CallbackChannel.PHONE;
		}
		throw new InvalidInputException("channel", "the reporter left no phone number: say how they were reached "
				+ List.of(CallbackChannel.values()) + ", or end the callback without an evaluation");
	}

	private static Instant contactedAt(Instant asked, CaseRecord record, Instant now) {
		if (asked == null) {
			return now;
		}
		if (asked.isAfter(now)) {
			throw new InvalidInputException("contactedAt", "contactedAt " + asked + " is in the future");
		}
		Instant closed = record.milestones().closed();
		if (closed != null && asked.isBefore(closed)) {
			throw new InvalidInputException("contactedAt", "contactedAt " + asked + " is before the case closed ("
					+ closed + ")");
		}
		return asked;
	}

	private static String contact(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String stripped = text.strip();
		if (stripped.length() > CONTACT_MAX) {
			throw new InvalidInputException("contact", "contact has at most " + CONTACT_MAX + " characters");
		}
		return stripped;
	}

	private String number(CaseRecord record) {
		return numbers.of(record.id(), record.milestones().reported());
	}
}
