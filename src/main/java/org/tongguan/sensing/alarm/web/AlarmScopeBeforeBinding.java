package org.tongguan.sensing.alarm.web;

import org.springframework.stereotype.Component;
import org.tongguan.sensing.AlarmId;
import org.tongguan.sensing.alarm.AlarmActions;
import org.tongguan.shared.web.ScopeBeforeBinding;

/** Actions on an alarm ({@code /api/sensing/alarms/{id}/…}) check its data scope before reading the body. */
@Component
class AlarmScopeBeforeBinding extends ScopeBeforeBinding {

	AlarmScopeBeforeBinding(AlarmActions alarms) {
		super("/api/sensing/alarms/{id}", id -> alarms.visible(new AlarmId(id)));
	}
}
