package org.tongguan.casework.store;

/**
 * How often things happened to a case, for the evaluation indicators.
 *
 * @param dispatches times dispatched (派遣)
 * @param returns times returned by a department as not theirs (退回, wrong dispatch)
 * @param reworks times sent back after failed verification (返工)
 * @param reopens times reopened after closure (重办)
 * @param extensions approved extensions (延期)
 * @param supervisions supervision notices (督办), escalations included
 * @param escalations automatic escalations (升级)
 */
public record Tally(int dispatches, int returns, int reworks, int reopens, int extensions, int supervisions,
		int escalations) {
}
