/**
 * The case process on Flowable, the only package that knows the engine: starting processes per category group,
 * completing tasks, messages, the deadline timer's callbacks, mirroring user tasks into work items, the engine clock
 * read from the platform clock, and deploying processes.
 */
package org.tongguan.casework.workflow;
