/**
 * Case handling's services and stores: intake and its validation, the case table and its timeline, stages and
 * working-time deadlines, alarms and escalation, dispatch rules, the actions of every role, duplicates, supervision
 * and 110 linkage (the lists and work queues read in {@code casework.query}, the case map in {@code casework.map}).
 * Nothing here knows the workflow engine: it talks to it through {@link org.tongguan.casework.internal.Workflow} and
 * reads its open tasks from the work item mirror.
 */
package org.tongguan.casework.internal;
