/**
 * The case process on Flowable, the only package that knows the engine: starting processes per category group,
 * completing tasks, messages, the deadline timer's callbacks, mirroring user tasks into work items, the engine clock
 * read from the platform clock, and deploying processes. Each call made for a case runs as one engine command that a
 * {@code Passage} accompanies ({@code CurrentPassage}): the listeners add the stages the process reaches, the
 * fast track and automatic dispatch act on the call's case file, and the call answers the passage to the caller.
 */
package org.tongguan.casework.workflow;
