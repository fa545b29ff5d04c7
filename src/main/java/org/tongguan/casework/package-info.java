/**
 * Case handling (高效处置一件事): every matter from any channel goes round the closed loop 上报 → 受理 → 立案 → 派遣 →
 * 处置 → 核查 → 结案 → 评价 on a Flowable process, with automatic dispatch, working-time deadlines and traffic lights,
 * supervision and escalation, duplicate detection, an append-only timeline, attachments, history import and statistics.
 *
 * <p>Other modules report cases through {@link org.tongguan.casework.CaseIntake} and read them through
 * {@link org.tongguan.casework.CaseQueries}; state changes leave the module as past-tense events (CaseReported,
 * CaseFiled, CaseDispatched, …). Flowable stays inside {@code casework.workflow}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "region", "identity", "catalog", "calendar" })
package org.tongguan.casework;
