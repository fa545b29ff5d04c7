/**
 * Case handling's services and stores: intake and its validation, the case table and its timeline, stages and
 * working-time deadlines, alarms and escalation, dispatch rules, the actions of every role, duplicates, supervision,
 * 110 linkage and the queries behind lists and work queues. Nothing here knows the workflow engine: it talks to it
 * through {@link org.tongguan.casework.internal.Workflow} and reads its open tasks from the work item mirror.
 */
package org.tongguan.casework.internal;
