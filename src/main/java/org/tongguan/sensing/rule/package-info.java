/**
 * Alarm rules (告警规则): threshold and other rules per device type or device with four warning levels, their
 * validation and editing, and the in-memory rule engine that evaluates every accepted reading and hands the level
 * changes it decides to {@link org.tongguan.sensing.rule.LevelChanges} (the alarm module).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "catalog", "sensing", "sensing.device", "sensing.ingest" })
package org.tongguan.sensing.rule;
