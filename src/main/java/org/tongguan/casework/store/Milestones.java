package org.tongguan.casework.store;

import java.time.Instant;

/**
 * When a case last reached each stage of the closed loop; {@code null} for stages not (or no longer) reached.
 *
 * @param reported 上报
 * @param accepted 受理
 * @param filed 立案
 * @param dispatched 派遣 (the latest dispatch)
 * @param handled 处置 (the latest report of the handling result)
 * @param verified 核查 (the latest successful verification)
 * @param closed 结案 (cleared when the case is reopened)
 * @param evaluated 评价 (the latest callback)
 */
public record Milestones(Instant reported, Instant accepted, Instant filed, Instant dispatched, Instant handled,
		Instant verified, Instant closed, Instant evaluated) {
}
