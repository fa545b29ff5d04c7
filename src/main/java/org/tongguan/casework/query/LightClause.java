package org.tongguan.casework.query;

import java.time.Instant;

import org.tongguan.casework.TrafficLight;

/**
 * The overall traffic light in SQL, from the stored 80 % point and due time: read at the suspension while a case is
 * suspended, at closure once closed, and now otherwise. Cases that ended without closure (voided, merged,
 * transferred) and imported cases without a deadline have no light. A red light's due time is before now (the light
 * is read at now or before), said in a condition an index on the due time can seek.
 */
public final class LightClause {

	private static final String READ_AT = "COALESCE(c.suspended_since, c.closed_at, ?)";

	private static final String HAS_LIGHT = "c.due_at IS NOT NULL AND c.stage NOT IN ('VOIDED', 'MERGED', 'TRANSFERRED')";

	private LightClause() {
	}

	/** Adds the condition that the case shows the light at {@code now}. */
	static void is(Where where, TrafficLight light, Instant now) {
		switch (light) {
			case GREEN -> where.and(HAS_LIGHT + " AND " + READ_AT + " < c.warn_at", now);
			case YELLOW -> where.and(HAS_LIGHT + " AND " + READ_AT + " >= c.warn_at AND " + READ_AT + " <= c.due_at",
					now, now);
			case RED -> where.and(HAS_LIGHT + " AND " + READ_AT + " > c.due_at AND c.due_at < ?", now, now);
		}
	}

	/** A SQL expression naming the case's light at the instant bound to both its parameters, or {@code NONE}. */
	public static String expression() {
		return "CASE WHEN NOT (" + HAS_LIGHT + ") THEN 'NONE' WHEN " + READ_AT + " > c.due_at THEN 'RED' WHEN "
				+ READ_AT + " >= c.warn_at THEN 'YELLOW' ELSE 'GREEN' END";
	}
}
