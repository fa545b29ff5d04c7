package org.tongguan.casework.workflow;

import java.util.List;
import java.util.Optional;

import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.process.CaseProgress;
import org.tongguan.casework.process.TaskGroup;
import org.tongguan.casework.process.TaskId;
import org.tongguan.casework.process.WorkItem;
import org.tongguan.casework.process.WorkItems;

/**
 * Mirrors the engine's user tasks of case processes into case handling's work items as they are created and deleted,
 * and tells the call under way that the case reached the stage a task names in its category
 * ({@code flowable:category="HANDLING"}).
 */
@Component
class TaskMirror implements FlowableEventListener {

	private final WorkItems workItems;

	private final CaseProgress progress;

	TaskMirror(WorkItems workItems, CaseProgress progress) {
		this.workItems = workItems;
		this.progress = progress;
	}

	@Override
	public void onEvent(FlowableEvent event) {
		if (!(event instanceof FlowableEntityEvent entityEvent) || !(entityEvent.getEntity() instanceof Task task)) {
			return;
		}
		if (event.getType() == FlowableEngineEventType.TASK_CREATED && task instanceof TaskEntity entity
				&& entity.getVariable(CaseProcess.CASE_ID) != null) {
			CaseId id = CaseProcess.caseId(entity.getVariable(CaseProcess.CASE_ID));
			workItems.opened(new WorkItem(new TaskId(entity.getId()), id, entity.getTaskDefinitionKey(), entity.getName(),
					groups(entity), entity.getCreateTime().toInstant()));
			if (entity.getCategory() != null) {
				CurrentPassage.reached(id, CaseStage.valueOf(entity.getCategory()), progress);
			}
		}
		else if (event.getType() == FlowableEngineEventType.ENTITY_DELETED) {
			workItems.closed(new TaskId(task.getId()));
		}
	}

	private static List<TaskGroup> groups(TaskEntity task) {
		return task.getIdentityLinks()
			.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(link -> TaskGroup.parse(link.getGroupId()))
			.flatMap(Optional::stream)
			.toList();
	}

	@Override
	public boolean isFailOnException() {
		return true;
	}

	@Override
	public boolean isFireOnTransactionLifecycleEvent() {
		return false;
	}

	@Override
	public String getOnTransaction() {
		return null;
	}
}
