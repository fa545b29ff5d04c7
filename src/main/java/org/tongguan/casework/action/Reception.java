package org.tongguan.casework.action;

import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.dispatch.Filing;
import org.tongguan.casework.dispatch.PoliceLinkage;
import org.tongguan.casework.event.CaseAccepted;
import org.tongguan.casework.event.CaseMerged;
import org.tongguan.casework.process.ProcessTask;
import org.tongguan.casework.store.CaseMatter;
import org.tongguan.casework.store.CaseNumbers;
import org.tongguan.casework.store.CaseRecord;
import org.tongguan.casework.store.CaseStore;
import org.tongguan.casework.timeline.Step;
import org.tongguan.casework.timeline.StepRecord;
import org.tongguan.casework.timeline.Timeline;
import org.tongguan.catalog.Catalog;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.CategoryVersion;
import org.tongguan.catalog.Urgency;
import org.tongguan.identity.Callers;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.NotFoundException;

/**
 * What operators do with a new report (受理与立案): accept it, ask to void it (作废, approved by the shift lead), merge
 * a duplicate into its master (合并), transfer a police matter to 110 (转110), and file an accepted report (立案).
 */
@Service
@Transactional
public class Reception {

	private final TaskActions actions;

	private final CaseStore cases;

	private final Callers callers;

	private final CaseNumbers numbers;

	private final Timeline timeline;

	private final Followers followers;

	private final PoliceLinkage police;

	private final Catalog catalog;

	private final Filing filing;

	private final ApplicationEventPublisher events;

	Reception(TaskActions actions, CaseStore cases, Callers callers, CaseNumbers numbers, Timeline timeline,
			Followers followers, PoliceLinkage police, Catalog catalog, Filing filing,
			ApplicationEventPublisher events) {
		this.actions = actions;
		this.cases = cases;
		this.callers = callers;
		this.numbers = numbers;
		this.timeline = timeline;
		this.followers = followers;
		this.police = police;
		this.catalog = catalog;
		this.filing = filing;
		this.events = events;
	}

	/** 受理 — accepts the report. */
	public void accept(CaseId id, String comment) {
		String note = Texts.optional("comment", comment);
		TaskActions.Context context = actions.open(id, ProcessTask.ACCEPT);
		CaseAccepted accepted = context.file().accept(context.now());
		events.publishEvent(accepted);
		actions.complete(context, StepRecord.of(context.actor(), Step.ACCEPT, note), Map.of("decision", "ACCEPT"));
	}

	/**
	 * 立案 — files the accepted report, optionally under another category or urgency, pinning the catalogue version in
	 * force; the dispatch rules then dispatch it unless the operator sends it to the manual dispatch queue.
	 */
	public void file(CaseId id, CategoryCode category, Urgency urgency, boolean dispatchManually, String comment) {
		String note = Texts.optional("comment", comment);
		TaskActions.Context context = actions.open(id, ProcessTask.FILE);
		CaseMatter matter = context.record().matter();
		CategoryCode code = category == null ? matter.category() : category;
		CategoryVersion version = catalog.current(code)
			.filter(current -> current.definition().active())
			.orElseThrow(() -> new InvalidInputException("category",
					"category " + code + " is unknown or no longer in use; file the case under another category"));
		Urgency level = urgency != null ? urgency
				: code.equals(matter.category()) ? matter.urgency() : version.definition().limits().defaultUrgency();
		if (version.definition().limits().overall(level).isEmpty()) {
			throw new InvalidInputException("urgency", code + " " + version.definition().name() + " offers the urgency "
					+ "levels " + version.definition().limits().urgencyLimits().keySet() + ", not " + level);
		}
		filing.file(context.file(), version, level, context.now());
		actions.complete(context, StepRecord.of(context.actor(), Step.FILE, note),
				Map.of("dispatchManually", dispatchManually));
	}

	/** 申请作废 — asks the shift lead to void the report. */
	public void requestVoid(CaseId id, String reason) {
		String why = Texts.required("reason", reason);
		TaskActions.Context context = actions.open(id, ProcessTask.ACCEPT);
		actions.complete(context, StepRecord.of(context.actor(), Step.REQUEST_VOID, why), Map.of("decision", "VOID"));
	}

	/** 作废审批 — the shift lead approves or rejects voiding. */
	public void decideVoid(CaseId id, boolean approved, String comment) {
		String note = Texts.optional("comment", comment);
		TaskActions.Context context = actions.open(id, ProcessTask.APPROVE_VOID);
		if (approved) {
			events.publishEvent(context.file().voidCase(note));
		}
		actions.complete(context, StepRecord.of(context.actor(), approved ? Step.APPROVE_VOID : Step.REJECT_VOID, note),
				Map.of("decision", approved ? "APPROVE" : "REJECT"));
	}

	/** 合并 — merges a duplicate report into its master; it follows the master's outcome from now on. */
	public void merge(CaseId id, CaseId masterId, String comment) {
		String note = Texts.optional("comment", comment);
		if (masterId == null) {
			throw new InvalidInputException("master", "master is required: the case to merge into");
		}
		if (masterId.equals(id)) {
			throw new InvalidInputException("master", "a case cannot be merged into itself");
		}
		TaskActions.Context context = actions.open(id, ProcessTask.ACCEPT);
		CaseRecord master = cases.find(masterId).orElseThrow(() -> new NotFoundException("No case " + masterId));
		callers.requireScope(master.place().finest());
		String masterNumber = numbers.of(masterId, master.milestones().reported());
		String number = numbers.of(id, context.record().milestones().reported());
		CaseMerged merged = context.file().mergeInto(master, "已合并至 " + masterNumber);
		timeline.record(masterId, StepRecord.of(context.actor(), Step.ABSORB, "并入重复案件 " + number), master.stage(),
				master.stage());
		events.publishEvent(merged);
		actions.complete(context,
				StepRecord.of(context.actor(), Step.MERGE, "合并至 " + masterNumber + (note == null ? "" : "：" + note)),
				Map.of("decision", "MERGE"));
		if (master.milestones().closed() != null) {
			followers.follow(masterId, masterNumber, master.milestones().closed(), master.onTime(), context.now());
		}
		if (master.stage() == CaseStage.CLOSED) {
			followers.callBack(context.file().current(), masterNumber, context.now());
		}
	}

	/** 转110 — transfers a police matter to 110 with a transfer record. */
	public void transferTo110(CaseId id, String reason) {
		String why = Texts.required("reason", reason);
		TaskActions.Context context = actions.open(id, ProcessTask.ACCEPT);
		police.transferOut(context.file(), context.actor(), why, context.now());
		actions.complete(context, StepRecord.of(context.actor(), Step.TRANSFER_TO_110, why),
				Map.of("decision", "TRANSFER"));
	}
}
