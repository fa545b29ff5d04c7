package org.tongguan.casework.workflow;

import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.engine.impl.persistence.entity.ActivityInstanceEntityManagerImpl;
import org.flowable.engine.impl.persistence.entity.ExecutionEntity;
import org.flowable.engine.impl.persistence.entity.data.impl.MybatisActivityInstanceDataManager;

/**
 * The engine's activity instances without a row for every sequence flow a process takes, unless the process keeps
 * the history of its activities. With case handling's history level "none" nothing reads those rows (activities
 * still get theirs), yet they were eight of the seventeen rows a case process wrote when it started, and more piled
 * up at every turn of the deadline timer while a case ran.
 */
final class UnrecordedSequenceFlows extends ActivityInstanceEntityManagerImpl {

	private UnrecordedSequenceFlows(ProcessEngineConfigurationImpl engine) {
		super(engine, new MybatisActivityInstanceDataManager(engine));
	}

	/** Makes the engine keep its activity instances through this manager. */
	static void install(ProcessEngineConfigurationImpl engine) {
		UnrecordedSequenceFlows manager = new UnrecordedSequenceFlows(engine);
		engine.setActivityInstanceDataManager(manager.getDataManager());
		engine.setActivityInstanceEntityManager(manager);
	}

	@Override
	public void recordSequenceFlowTaken(ExecutionEntity execution) {
		if (getHistoryManager().isHistoryLevelAtLeast(HistoryLevel.ACTIVITY, execution.getProcessDefinitionId())) {
			super.recordSequenceFlowTaken(execution);
		}
	}
}
