package org.tongguan.casework.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongguan.casework.AttachmentRole;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.event.CaseClosed;
import org.tongguan.casework.intake.CaseAttachments;
import org.tongguan.casework.process.ProcessTask;
import org.tongguan.casework.store.CaseNumbers;
import org.tongguan.casework.store.CaseRecord;
import org.tongguan.casework.timeline.Step;
import org.tongguan.casework.timeline.StepRecord;
import org.tongguan.shared.InvalidInputException;

/**
 * The end of the loop: the grid inspector verifies the result on site with an "after" photo (核查, failing back to
 * the department as rework, 返工), the shift lead closes the case (结案; the callback, 回访, is {@link Evaluation}'s);
 * self-handled cases (自处理) are reviewed by the shift lead afterwards.
 */
@Service
@Transactional
public class Closure {

	private final TaskActions actions;

	private final CaseAttachments attachments;

	private final Followers followers;

	private final CaseNumbers numbers;

	private final ApplicationEventPublisher events;

	Closure(TaskActions actions, CaseAttachments attachments, Followers followers,
			CaseNumbers numbers, ApplicationEventPublisher events) {
		this.actions = actions;
		this.attachments = attachments;
		this.followers = followers;
		this.numbers = numbers;
		this.events = events;
	}

	/** 核查 — the inspector verifies on site; a failed verification sends the case back to the lead department. */
	public void verify(CaseId id, boolean passed, String comment, List<String> attachmentIds) {
		String note = passed ? Texts.optional("comment", comment) : Texts.required("comment", comment);
		List<String> photos = attachmentIds == null ? List.of() : attachmentIds;
		if (photos.isEmpty()) {
			throw new InvalidInputException("attachmentIds", "verification needs a photo taken on site after handling");
		}
		attachments.requireValid(photos, "attachmentIds");
		TaskActions.Context context = actions.open(id, ProcessTask.VERIFY);
		attachments.link(id, photos, AttachmentRole.AFTER, context.actor(), context.now());
		if (passed) {
			events.publishEvent(context.file().verify(context.now()));
		}
		else {
			events.publishEvent(context.file().rework());
		}
		actions.complete(context, new StepRecord(context.actor(), passed ? Step.VERIFY : Step.REWORK, note, photos),
				reworkVariables(passed ? "PASS" : "FAIL"));
	}

	/**
	 * 结案 — the shift lead closes the verified case; its reporter is called back next when there is one
	 * ({@link CallbackRule}), else the loop ends here and the duplicates merged into it are called back.
	 */
	public void close(CaseId id, String comment) {
		String note = Texts.optional("comment", comment);
		TaskActions.Context context = actions.open(id, ProcessTask.CLOSE);
		CaseRecord record = context.record();
		CaseClosed closed = context.file().close(note, context.now());
		boolean onTime = closed.onTime();
		events.publishEvent(closed);
		followers.follow(id, number(record), context.now(), onTime, context.now());
		boolean callback = CallbackRule.needed(record);
		actions.complete(context, StepRecord.of(context.actor(), Step.CLOSE, note), Map.of("callback", callback));
		if (!callback) {
			followers.masterFinished(id, number(record), context.now());
		}
	}

	/** 自处理审核 — the shift lead confirms a self-handled case, or sends it to the dispatch queue after all. */
	public void review(CaseId id, boolean approved, String comment) {
		String note = approved ? Texts.optional("comment", comment) : Texts.required("comment", comment);
		TaskActions.Context context = actions.open(id, ProcessTask.REVIEW);
		if (!approved) {
			events.publishEvent(context.file().reopen(true));
		}
		actions.complete(context, StepRecord.of(context.actor(),
				approved ? Step.APPROVE_SELF_HANDLING : Step.REJECT_SELF_HANDLING, note),
				Map.of("decision", approved ? "APPROVE" : "REJECT"));
	}

	/** A rework or reopening goes back to the lead department alone. */
	static Map<String, Object> reworkVariables(String decision) {
		return Map.of("decision", decision, "assistingDepartments", new ArrayList<String>());
	}

	private String number(CaseRecord record) {
		return numbers.of(record.id(), record.milestones().reported());
	}
}
