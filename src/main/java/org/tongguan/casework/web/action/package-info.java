/**
 * The actions of every role on one case under {@code /api/cases/{id}/…}, one controller per phase of the loop:
 * acceptance and filing, dispatch and handling, verification and closure, the callback without evaluation. Each runs
 * one service call and answers the case as it is afterwards through
 * {@link org.tongguan.casework.web.action.CaseActions}.
 */
package org.tongguan.casework.web.action;
