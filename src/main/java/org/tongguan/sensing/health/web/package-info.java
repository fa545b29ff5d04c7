/**
 * The REST API of device health (设备健康, {@code /api/sensing/health} and {@code /api/sensing/devices/<code>/health}):
 * online or offline, when last heard from, battery and signal, and the messages rejected per reason.
 */
package org.tongguan.sensing.health.web;
