package org.tongguan.console.live;

import java.util.Set;

import org.tongguan.identity.Role;
import org.tongguan.region.RegionCode;

/**
 * Something that changed and is pushed to the browsers that may see it: a case or an alarm, already in the JSON the
 * browsers read.
 *
 * @param name the event's name in the stream ({@code case}, {@code alarm})
 * @param json what changed, as JSON (personal data masked)
 * @param region where it happened: the finest region known; only connections whose data scope covers it receive it
 * @param audience the roles that may receive it; empty for every role
 */
public record LiveEvent(String name, String json, RegionCode region, Set<Role> audience) {

	public LiveEvent {
		audience = Set.copyOf(audience);
	}
}
