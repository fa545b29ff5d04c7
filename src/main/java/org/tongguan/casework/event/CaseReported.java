package org.tongguan.casework.event;

import org.tongguan.casework.CaseId;
import org.tongguan.casework.Channel;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.region.RegionCode;

/**
 * Published when a new case was stored (上报), whatever the channel.
 *
 * @param id the case
 * @param channel where it came from
 * @param category its sub-category
 * @param grid its grid (or the finest region known)
 */
public record CaseReported(CaseId id, Channel channel, CategoryCode category, RegionCode grid) {
}
