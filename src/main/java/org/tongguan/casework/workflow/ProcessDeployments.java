package org.tongguan.casework.workflow;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.flowable.bpmn.exceptions.XMLException;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.Deployment;
import org.flowable.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;
import org.tongguan.casework.internal.CaseworkProperties;
import org.tongguan.shared.InvalidInputException;

/**
 * Deploys case processes without code changes (流程配置): a BPMN 2.0 file whose process key is the default key
 * ({@code case-handling}, a new version of the default process) or the default key and a major category
 * ({@code case-handling-E05}, the process of that category group). New cases use the latest version; running cases
 * keep the version they started with.
 */
@Service
public class ProcessDeployments {

	private final RepositoryService repository;

	private final CaseworkProperties properties;

	private final FlowableWorkflow workflow;

	ProcessDeployments(RepositoryService repository, CaseworkProperties properties, FlowableWorkflow workflow) {
		this.repository = repository;
		this.properties = properties;
		this.workflow = workflow;
	}

	/** Deploys a {@code .bpmn20.xml} file; fails with 400 when it does not parse or defines no case process. */
	public List<DeployedProcess> deploy(String fileName, byte[] content) {
		if (fileName == null || !fileName.endsWith(".bpmn20.xml")) {
			throw new InvalidInputException("file", "a case process is a BPMN 2.0 file named *.bpmn20.xml");
		}
		Deployment deployment;
		try {
			deployment = repository.createDeployment()
				.name(fileName)
				.addInputStream(fileName, new ByteArrayInputStream(content))
				.enableDuplicateFiltering()
				.deploy();
		}
		catch (FlowableException | XMLException e) {
			throw new InvalidInputException("file", "the process cannot be deployed: " + rootMessage(e));
		}
		List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery()
			.deploymentId(deployment.getId())
			.list();
		if (definitions.stream().anyMatch(definition -> !isCaseProcess(definition.getKey()))) {
			repository.deleteDeployment(deployment.getId());
			throw new InvalidInputException("file", "case process keys are " + properties.processKey() + " or "
					+ properties.processKey() + "-<major category>, e.g. " + properties.processKey() + "-E05");
		}
		workflow.processesDeployed();
		return definitions.stream()
			.map(definition -> new DeployedProcess(definition.getKey(), definition.getVersion(), definition.getName()))
			.toList();
	}

	private static String rootMessage(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
	}

	private boolean isCaseProcess(String key) {
		return key.equals(properties.processKey()) || key.matches(properties.processKey() + "-[EC]\\d{2}");
	}

	/**
	 * A deployed process version.
	 *
	 * @param key its key
	 * @param version its version
	 * @param name its name
	 */
	public record DeployedProcess(String key, int version, String name) {
	}
}
