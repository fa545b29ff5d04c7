/**
 * The alarm desk's REST API (告警, {@code /api/sensing/alarms}): paging and filtering within the caller's data scope,
 * an alarm's detail and history, acknowledge, assign, comment and clear; and the device map layer
 * ({@code /api/tiles/devices/…}) with every device coloured by its state and the active alarms on top.
 */
package org.tongguan.sensing.alarm.web;
