/**
 * Alarms (告警): the level changes of the rule engine stored as alarms in batches by one writer thread, the alarm
 * events ({@link org.tongguan.sensing.AlarmRaised}, {@link org.tongguan.sensing.AlarmEscalated}, {@link
 * org.tongguan.sensing.AlarmLowered}, {@link org.tongguan.sensing.AlarmCleared}), and an alarm's lifecycle after it
 * is raised: paging and filtering, assign, comment, acknowledge, close, its history.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "region", "identity", "sensing", "sensing::batching", "sensing.device",
				"sensing.health", "sensing.rule" })
package org.tongguan.sensing.alarm;
