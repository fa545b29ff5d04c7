/**
 * 历史档案导入 — imports a sensor archive (CSV, wide or long, or JSON lines) in one all-or-nothing call: every line is
 * validated first, then the readings are stored with their measured times and the alarm rules are applied to each
 * device's readings in time order, so the archive's alarms carry the readings' own times. See
 * {@code docs/sensing-archive.md}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "sensing.device", "sensing.ingest", "sensing.telemetry", "sensing.rule", "sensing.alarm" })
package org.tongguan.sensing.archive;
