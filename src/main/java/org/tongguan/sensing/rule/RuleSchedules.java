package org.tongguan.sensing.rule;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.tongguan.sensing.device.DeviceDirectory;

/** Schedules the periodic rule reload (edits made on other nodes) and the no-data check. */
@Configuration(proxyBeanMethods = false)
class RuleSchedules implements SchedulingConfigurer {

	private final RuleBooks books;

	private final RuleEngine engine;

	private final DeviceDirectory directory;

	private final RulesProperties properties;

	RuleSchedules(RuleBooks books, RuleEngine engine, DeviceDirectory directory, RulesProperties properties) {
		this.books = books;
		this.engine = engine;
		this.directory = directory;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this::reload, properties.reloadInterval());
		registrar.addFixedDelayTask(() -> engine.sweep(directory.all()), properties.noDataInterval());
	}

	private void reload() {
		if (books.reload()) {
			engine.refresh();
		}
	}
}
