package org.tongguan.sensing.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tongguan.sensing.AlarmId;
import org.tongguan.sensing.alarm.AlarmActions;
import org.tongguan.shared.web.ScopeBeforeBinding;

/** Actions on an alarm ({@code /api/sensing/alarms/{id}/…}) check its data scope before reading the body. */
@Configuration(proxyBeanMethods = false)
class AlarmScopeBeforeBinding implements WebMvcConfigurer {

	private final AlarmActions alarms;

	AlarmScopeBeforeBinding(AlarmActions alarms) {
		this.alarms = alarms;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		new ScopeBeforeBinding("/api/sensing/alarms/{id}", id -> alarms.visible(new AlarmId(id))).register(registry);
	}
}
