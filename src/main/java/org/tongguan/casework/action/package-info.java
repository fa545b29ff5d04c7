/**
 * The actions of every role on a case's open task, each as one transaction: acceptance (受理) and voiding, handling
 * (处置) and its reports, extension and suspension requests, verification (核查), closure (结案), callbacks (回访) and
 * evaluation (评价), and duplicates following their master. {@link org.tongguan.casework.action.TaskActions} finds the
 * task the caller may complete and completes it.
 */
package org.tongguan.casework.action;
