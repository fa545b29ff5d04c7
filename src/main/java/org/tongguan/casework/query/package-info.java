/**
 * Reading cases: the lists people page through ({@link org.tongguan.casework.query.CaseFinder} with its
 * {@link org.tongguan.casework.query.CaseFilter}), one case within the caller's data scope
 * ({@link org.tongguan.casework.query.VisibleCases}), the work queue 我的待办
 * ({@link org.tongguan.casework.query.WorkQueue}) and the module's {@link org.tongguan.casework.CaseQueries} for other
 * modules, with the SQL pieces they share: the {@code WHERE} clause, the data-scope and traffic-light conditions and
 * the region bounds the case indexes are read by. Nothing here writes a case.
 */
package org.tongguan.casework.query;
