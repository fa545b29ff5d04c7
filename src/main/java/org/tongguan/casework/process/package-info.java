/**
 * The case process as case handling sees it: the {@link org.tongguan.casework.process.Workflow} port (implemented with
 * Flowable in {@code casework.workflow}), what one call into it did ({@link org.tongguan.casework.process.Passage}),
 * how the stages it reached are entered on the case file and the timeline, and the mirror of open tasks (work items)
 * that says who may act.
 */
package org.tongguan.casework.process;
