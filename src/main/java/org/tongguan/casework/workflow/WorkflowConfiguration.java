package org.tongguan.casework.workflow;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Fits the process engine to case handling: its clock is the platform clock, its user tasks are mirrored into case
 * handling's work items as they come and go, it stores no activity instances of sequence flows, and on H2 its
 * activity instances are found by index. Rows are inserted one statement each rather than in multi-row inserts:
 * MyBatis builds a multi-row insert's SQL anew for every flush, which costs more than the round trips it saves (a
 * third of starting a case process).
 */
@Configuration(proxyBeanMethods = false)
class WorkflowConfiguration {

	@Bean
	EngineConfigurationConfigurer<SpringProcessEngineConfiguration> caseworkEngine(Clock clock, TaskMirror mirror) {
		return engine -> {
			engine.setClock(new PlatformClock(clock));
			engine.addEngineLifecycleListener(new H2ActivityInstancePlan());
			engine.setBulkInsertEnabled(false);
			UnrecordedSequenceFlows.install(engine);
			Map<String, List<FlowableEventListener>> typed = engine.getTypedEventListeners() == null ? new HashMap<>()
					: new HashMap<>(engine.getTypedEventListeners());
			typed.computeIfAbsent("TASK_CREATED,ENTITY_DELETED", key -> new ArrayList<>()).add(mirror);
			engine.setTypedEventListeners(typed);
		};
	}
}
