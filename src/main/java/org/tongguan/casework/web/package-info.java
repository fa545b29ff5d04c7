/**
 * The REST API of case handling under {@code /api/cases} (intake, lists, one case, timeline, work queue),
 * {@code /api/public/cases} (citizens), {@code /api/110/transfers} (110 linkage) and {@code /api/admin/processes}
 * (process configuration), with the views of a case every answer shares ({@link org.tongguan.casework.web.CaseViews})
 * and the typed case id of the paths ({@link org.tongguan.casework.web.CaseIdConverter}). The actions of every role on
 * one case are in {@code action}.
 */
package org.tongguan.casework.web;
