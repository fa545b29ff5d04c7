package org.tongguan.casework.workflow;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.engine.runtime.Execution;
import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.internal.CaseworkProperties;
import org.tongguan.casework.internal.Workflow;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.shared.ConflictException;

/**
 * The case process on Flowable. A case starts the process deployed for its category group when there is one
 * ({@code case-handling-E05} for major category E05, 突发事件) and the default {@code case-handling} otherwise; the
 * case id is the business key.
 */
@Component
class FlowableWorkflow implements Workflow {

	/** The message that makes the process's deadline timer ask for the next alarm again. */
	static final String DEADLINES_CHANGED = "deadlinesChanged";

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final RepositoryService repository;

	private final CaseworkProperties properties;

	FlowableWorkflow(RuntimeService runtime, TaskService tasks, RepositoryService repository,
			CaseworkProperties properties) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.repository = repository;
		this.properties = properties;
	}

	@Override
	public String start(CaseId id, CategoryCode category, Map<String, Object> variables) {
		return runtime.startProcessInstanceById(process(category).getId(), id.toString(), variables).getId();
	}

	/** The latest process for the category's group, or else the latest default process; one query for both. */
	private ProcessDefinition process(CategoryCode category) {
		String group = properties.processKey() + "-" + category.kind().letter() + category.major();
		List<ProcessDefinition> latest = repository.createProcessDefinitionQuery()
			.processDefinitionKeyLike(properties.processKey() + "%")
			.latestVersion()
			.list();
		return keyed(latest, group).or(() -> keyed(latest, properties.processKey()))
			.orElseThrow(() -> new IllegalStateException("No case process " + properties.processKey() + " deployed"));
	}

	private static Optional<ProcessDefinition> keyed(List<ProcessDefinition> definitions, String key) {
		return definitions.stream().filter(definition -> definition.getKey().equals(key)).findFirst();
	}

	@Override
	public void complete(String taskId, Map<String, Object> variables) {
		try {
			tasks.complete(taskId, variables);
		}
		catch (FlowableObjectNotFoundException | FlowableOptimisticLockingException e) {
			throw new ConflictException("Someone else acted on this case at the same moment; reload it and try again");
		}
	}

	@Override
	public boolean message(String processInstanceId, String message) {
		Execution waiting = runtime.createExecutionQuery()
			.processInstanceId(processInstanceId)
			.messageEventSubscriptionName(message)
			.list()
			.stream()
			.findFirst()
			.orElse(null);
		if (waiting == null) {
			return false;
		}
		runtime.messageEventReceived(message, waiting.getId());
		return true;
	}

	@Override
	public void deadlinesChanged(String processInstanceId) {
		message(processInstanceId, DEADLINES_CHANGED);
	}
}
