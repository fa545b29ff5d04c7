/**
 * The REST API of case handling under {@code /api/cases} (intake, lists, one case, timeline, work queue and the
 * actions of every role), {@code /api/public/cases} (citizens), {@code /api/110/transfers} (110 linkage) and
 * {@code /api/admin/processes} (process configuration).
 */
package org.tongguan.casework.web;
