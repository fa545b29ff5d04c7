package org.tongguan.casework.action;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongguan.casework.AttachmentRole;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.dispatch.Assists;
import org.tongguan.casework.dispatch.DispatchDecision;
import org.tongguan.casework.dispatch.DispatchRule;
import org.tongguan.casework.dispatch.Dispatching;
import org.tongguan.casework.event.CaseHandled;
import org.tongguan.casework.event.CaseReturned;
import org.tongguan.casework.intake.CaseAttachments;
import org.tongguan.casework.process.ProcessTask;
import org.tongguan.casework.store.CasePlace;
import org.tongguan.casework.timeline.Step;
import org.tongguan.casework.timeline.StepRecord;
import org.tongguan.identity.Callers;
import org.tongguan.identity.Department;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.identity.Departments;
import org.tongguan.region.Regions;
import org.tongguan.shared.InvalidInputException;

/**
 * Dispatch from the manual queue and the departments' work (处置): a dispatcher sends a case to a lead department
 * and any assisting departments (主办 + 协办); the lead department reports the result or returns the case as not
 * theirs (退回, a wrong dispatch); assisting departments report their part.
 */
@Service
@Transactional
public class Handling {

	/** The most assisting departments one case may have. */
	static final int MAX_ASSISTING = 10;

	private final TaskActions actions;

	private final Departments departments;

	private final Regions regions;

	private final Dispatching dispatching;

	private final Assists assists;

	private final CaseAttachments attachments;

	private final Callers callers;

	private final ApplicationEventPublisher events;

	Handling(TaskActions actions, Departments departments, Regions regions, Dispatching dispatching,
			Assists assists, CaseAttachments attachments, Callers callers, ApplicationEventPublisher events) {
		this.actions = actions;
		this.departments = departments;
		this.regions = regions;
		this.dispatching = dispatching;
		this.assists = assists;
		this.attachments = attachments;
		this.callers = callers;
		this.events = events;
	}

	/** 派遣 — a dispatcher dispatches a case from the manual queue. */
	public void dispatch(CaseId id, DepartmentCode leadCode, List<DepartmentCode> assistingCodes, String comment) {
		String note = Texts.optional("comment", comment);
		if (leadCode == null) {
			throw new InvalidInputException("department", "department is required: the lead department (主办)");
		}
		List<DepartmentCode> others = assistingCodes == null ? List.of()
				: List.copyOf(new LinkedHashSet<>(assistingCodes));
		if (others.contains(leadCode) || others.size() > MAX_ASSISTING) {
			throw new InvalidInputException("assisting", "assisting departments (协办) are up to " + MAX_ASSISTING
					+ " departments other than the lead department");
		}
		TaskActions.Context context = actions.open(id, ProcessTask.DISPATCH);
		CasePlace place = context.record().place();
		Department lead = serving("department", leadCode, place);
		List<Department> assisting = new ArrayList<>();
		for (int i = 0; i < others.size(); i++) {
			assisting.add(serving("assisting[" + i + "]", others.get(i), place));
		}
		String explanation = DispatchRule.MANUAL.label() + "：" + context.actor().name() + " 派至 " + lead.name()
				+ (assisting.isEmpty() ? "" : "，协办 "
						+ assisting.stream().map(Department::name).collect(Collectors.joining("、")))
				+ (note == null ? "" : "；" + note);
		dispatching.assign(context.file(), lead, assisting,
				new DispatchDecision(DispatchDecision.Outcome.DISPATCHED, lead, DispatchRule.MANUAL, explanation),
				context.now());
		actions.complete(context, StepRecord.of(context.actor(), Step.DISPATCH, explanation),
				Map.of("leadDepartment", lead.code().value(), "assistingDepartments",
						new ArrayList<>(assisting.stream().map(d -> d.code().value()).toList())));
	}

	/** 退回 — the lead department returns the case to the dispatcher as not theirs. */
	public void giveBack(CaseId id, String reason) {
		String why = Texts.required("reason", reason);
		TaskActions.Context context = actions.open(id, ProcessTask.HANDLE);
		CaseReturned returned = context.file().giveBack();
		assists.assign(id, List.of(), context.now());
		events.publishEvent(returned);
		actions.complete(context, StepRecord.of(context.actor(), Step.RETURN, why), Map.of("decision", "RETURN"));
	}

	/** 处置完成 — the lead department reports the result, with photos of it. */
	public void handled(CaseId id, String result, List<String> attachmentIds) {
		String text = Texts.required("result", result);
		List<String> photos = attachmentIds == null ? List.of() : attachmentIds;
		attachments.requireValid(photos, "attachmentIds");
		TaskActions.Context context = actions.open(id, ProcessTask.HANDLE);
		CaseHandled handled = context.file().handle(text, context.now());
		attachments.link(id, photos, AttachmentRole.AFTER, context.actor(), context.now());
		events.publishEvent(handled);
		actions.complete(context, new StepRecord(context.actor(), Step.HANDLE, text, photos),
				Map.of("decision", "HANDLED"));
	}

	/** 协办反馈 — an assisting department reports its part. */
	public void assisted(CaseId id, String result) {
		String text = Texts.required("result", result);
		TaskActions.Context context = actions.open(id, ProcessTask.ASSIST);
		DepartmentCode department = callers.current().department();
		assists.done(id, department, text, context.now());
		actions.complete(context, StepRecord.of(context.actor(), Step.ASSIST, department + "：" + text), Map.of());
	}

	private Department serving(String field, DepartmentCode code, CasePlace place) {
		Department department = departments.find(code)
			.orElseThrow(() -> new InvalidInputException(field, "no department " + code));
		if (!department.enabled()) {
			throw new InvalidInputException(field, department.name() + " (" + code + ") is disabled"
					+ (department.mergedInto() == null ? "" : "; it was merged into " + department.mergedInto()));
		}
		boolean serves = department.serves().stream().anyMatch(region -> regions.isWithin(place.finest(), region));
		if (!serves) {
			throw new InvalidInputException(field, department.name() + " (" + code + ") does not serve "
					+ place.finest());
		}
		return department;
	}
}
