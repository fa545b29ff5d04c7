/**
 * From records to history cases: each row validated (times, stages and their milestones, place, deadlines), the
 * valid ones handed on in batches by a reading thread, the invalid ones collected as the import's errors.
 */
package org.tongguan.casework.history.row;
