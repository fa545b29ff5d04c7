/**
 * Alarms (告警): the rule engine's level changes stored as alarms by one batching writer thread, the alarm events
 * ({@link org.tongguan.sensing.AlarmRaised}, {@link org.tongguan.sensing.AlarmEscalated},
 * {@link org.tongguan.sensing.AlarmDeescalated}, {@link org.tongguan.sensing.AlarmCleared}), offline alarms, the
 * alarms of an imported archive, and an alarm's lifecycle after it is raised: paging and filtering, acknowledge,
 * assign, comment, clear, its history. Implements the rule module's
 * {@link org.tongguan.sensing.rule.LevelChanges}, so rules know nothing of how alarms are stored.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "region", "identity", "sensing", "sensing::batching", "sensing.device",
				"sensing.health", "sensing.rule" })
package org.tongguan.sensing.alarm;
