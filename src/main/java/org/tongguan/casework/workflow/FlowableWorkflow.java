package org.tongguan.casework.workflow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.engine.runtime.Execution;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.internal.CaseworkProperties;
import org.tongguan.casework.process.Passage;
import org.tongguan.casework.process.TaskId;
import org.tongguan.casework.process.Workflow;
import org.tongguan.casework.store.CaseFile;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.shared.ConflictException;

/**
 * The case process on Flowable. A case starts the process deployed for its category group when there is one
 * ({@code case-handling-E05} for major category E05, 突发事件) and the default {@code case-handling} otherwise; the
 * case id is the business key. Which versions are the latest is read again after a deployment on this node and at
 * least every 10 seconds, so a deployment on another node of the same database applies to new cases there within
 * that time.
 */
@Component
class FlowableWorkflow implements Workflow {

	/** The message that makes the process's deadline timer ask for the next alarm again. */
	static final String DEADLINES_CHANGED = "deadlinesChanged";

	/** The process of a merged duplicate's callback ({@code processes/duplicate-callback.bpmn20.xml}). */
	static final String DUPLICATE_CALLBACK = "duplicate-callback";

	/** How long the latest process versions are known before they are read again: 10 seconds. */
	private static final long READ_AGAIN_AFTER = TimeUnit.SECONDS.toNanos(10);

	private final RuntimeService runtime;

	private final ManagementService management;

	private final TaskService tasks;

	private final RepositoryService repository;

	private final CaseworkProperties properties;

	private final AtomicLong deployments = new AtomicLong();

	private volatile LatestProcesses latest;

	FlowableWorkflow(RuntimeService runtime, ManagementService management, TaskService tasks,
			RepositoryService repository, CaseworkProperties properties) {
		this.runtime = runtime;
		this.management = management;
		this.tasks = tasks;
		this.repository = repository;
		this.properties = properties;
	}

	@Override
	public Started start(CaseFile file, CategoryCode category, Map<String, Object> variables) {
		String definition = process(category).getId();
		Passage passage = new Passage(file);
		String instance = CurrentPassage.during(management, passage,
				() -> runtime.startProcessInstanceById(definition, file.id().toString(), variables).getId());
		return new Started(instance, passage);
	}

	@Override
	public Started startDuplicateCallback(CaseFile file) {
		CaseId id = file.id();
		Passage passage = new Passage(file);
		String instance = CurrentPassage.during(management, passage, () -> runtime
			.startProcessInstanceByKey(DUPLICATE_CALLBACK, id.toString(), Map.of(CaseProcess.CASE_ID, id.value()))
			.getId());
		return new Started(instance, passage);
	}

	/** The latest process for the category's group, or else the latest default process. */
	private ProcessDefinition process(CategoryCode category) {
		String group = properties.processKey() + "-" + category.kind().letter() + category.major();
		List<ProcessDefinition> definitions = latest().definitions();
		return keyed(definitions, group).or(() -> keyed(definitions, properties.processKey()))
			.orElseThrow(() -> new IllegalStateException("No case process " + properties.processKey() + " deployed"));
	}

	private LatestProcesses latest() {
		long deployed = deployments.get();
		LatestProcesses known = latest;
		boolean fresh = known != null && System.nanoTime() - known.readAt() < READ_AGAIN_AFTER;
		if (fresh && known.deployments() == deployed) {
			return known;
		}
		LatestProcesses read = new LatestProcesses(repository.createProcessDefinitionQuery()
			.processDefinitionKeyLike(properties.processKey() + "%")
			.latestVersion()
			.list(), deployed, System.nanoTime());
		latest = read;
		return read;
	}

	/** A case process was deployed on this node: new cases start the latest versions from now on. */
	void processesDeployed() {
		deployments.incrementAndGet();
	}

	private static Optional<ProcessDefinition> keyed(List<ProcessDefinition> definitions, String key) {
		return definitions.stream().filter(definition -> definition.getKey().equals(key)).findFirst();
	}

	@Override
	public Passage complete(TaskId task, Map<String, Object> variables, CaseFile file) {
		Passage passage = new Passage(file);
		try {
			CurrentPassage.during(management, passage, () -> {
				tasks.complete(task.value(), variables);
				return passage;
			});
		}
		catch (FlowableObjectNotFoundException | FlowableOptimisticLockingException e) {
			throw new ConflictException("Someone else acted on this case at the same moment; reload it and try again");
		}
		return passage;
	}

	@Override
	public Optional<Passage> message(CaseFile file, String message) {
		Passage passage = new Passage(file);
		boolean delivered = CurrentPassage.during(management, passage,
				() -> deliver(file.record().processInstanceId(), message));
		return delivered ? Optional.of(passage) : Optional.empty();
	}

	private boolean deliver(String processInstanceId, String message) {
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
	public void reassign(String processInstanceId, String fromGroup, String toGroup, Map<String, Object> variables) {
		if (!variables.isEmpty()) {
			runtime.setVariables(processInstanceId, variables);
		}
		for (Task task : tasks.createTaskQuery()
			.processInstanceId(processInstanceId)
			.taskCandidateGroup(fromGroup)
			.list()) {
			tasks.deleteCandidateGroup(task.getId(), fromGroup);
			tasks.addCandidateGroup(task.getId(), toGroup);
		}
	}

	@Override
	public void deadlinesChanged(CaseFile file) {
		CurrentPassage.during(management, new Passage(file),
				() -> deliver(file.current().processInstanceId(), DEADLINES_CHANGED));
	}

	/**
	 * The latest version of each case process, read after the given number of deployments on this node at the given
	 * {@link System#nanoTime()}.
	 */
	private record LatestProcesses(List<ProcessDefinition> definitions, long deployments, long readAt) {
	}
}
