/**
 * The REST API of telemetry ({@code /api/sensing/devices/<code>/latest} and {@code …/history}): a device's latest
 * values and its history, raw or in buckets, within the caller's data scope.
 */
package org.tongguan.sensing.telemetry.web;
