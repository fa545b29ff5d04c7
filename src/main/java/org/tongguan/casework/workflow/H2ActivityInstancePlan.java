package org.tongguan.casework.workflow;

import org.flowable.common.engine.api.Engine;
import org.flowable.common.engine.api.engine.EngineLifecycleListener;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps H2 on the right index when the engine looks up an execution's unfinished activity instance, which it does at
 * every step of every process. H2's planner prefers Flowable's index on {@code END_TIME_} for that query (it cannot
 * tell that most rows of running processes have no end time) and then reads every unfinished activity instance of
 * every running case, so each step slows down as cases pile up. Without that index H2 takes the index on the
 * execution. Only the runtime table loses the index; no query of case handling filters on the end time alone, and
 * PostgreSQL's planner chooses well by itself.
 */
final class H2ActivityInstancePlan implements EngineLifecycleListener {

	private static final String MISLEADING_INDEX = "ACT_IDX_RU_ACTI_END";

	@Override
	public void onEngineBuilt(Engine engine) {
		ProcessEngineConfiguration configuration = ((ProcessEngine) engine).getProcessEngineConfiguration();
		if ("h2".equals(configuration.getDatabaseType())) {
			new JdbcTemplate(configuration.getDataSource()).execute("DROP INDEX IF EXISTS " + MISLEADING_INDEX);
		}
	}

	@Override
	public void onEngineClosed(Engine engine) {
		// nothing to undo
	}
}
