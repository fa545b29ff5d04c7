package org.tongguan.casework.event;

import java.time.Instant;
import java.util.Set;

import org.tongguan.region.RegionCode;

/**
 * Published when a history import (历史案件导入) stored cases: the synchronous import inside its transaction, an import
 * job once it has succeeded. Imported cases publish no event of their own; this one says which times and regions
 * they touch, so that whoever keeps figures of the cases can recompute those that cover them.
 *
 * @param cases how many cases were stored
 * @param from the earliest time any stored case names (reported, accepted, filed, dispatched, handled, verified,
 * closed, evaluated or due)
 * @param to the latest such time; a due time may lie in the future
 * @param regions the regions the stored cases lie in, each case's street or, without one, its district
 */
public record CaseHistoryImported(long cases, Instant from, Instant to, Set<RegionCode> regions) {

	public CaseHistoryImported {
		regions = Set.copyOf(regions);
	}
}
