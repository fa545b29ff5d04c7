/**
 * The REST endpoint of the archive import ({@code /api/admin/sensing/readings/import}): one all-or-nothing upload per call,
 * limited to the devices in the caller's data scope.
 */
package org.tongguan.sensing.archive.web;
