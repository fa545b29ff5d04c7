/**
 * 上报: how a report from any channel becomes a case — validation and locating, category names and versions,
 * duplicates nearby, the status secret a citizen checks with, attachments, the emergency fast track, and the sensor
 * alarms that report SENSOR cases; {@link org.tongguan.casework.intake.IntakeService} stores the case and starts its
 * process in one transaction.
 */
package org.tongguan.casework.intake;
