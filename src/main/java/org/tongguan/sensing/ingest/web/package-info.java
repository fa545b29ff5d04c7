/**
 * HTTP telemetry (HTTP 接入, {@code POST /api/sensing/devices/<code>/telemetry}) for devices without MQTT: a JSON
 * array of messages per request, authenticated by the device's secret, each element answered on its own.
 */
package org.tongguan.sensing.ingest.web;
