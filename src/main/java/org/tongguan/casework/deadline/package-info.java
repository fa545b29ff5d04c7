/**
 * Time limits on working time: deadlines and the stage clocks, the process's deadline timer, warnings and overdue
 * alarms at 80 % and 100 %, supervision (督办) and escalation up the region levels.
 */
package org.tongguan.casework.deadline;
