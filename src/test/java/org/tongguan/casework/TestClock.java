package org.tongguan.casework;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A platform clock tests move by hand; the process engine reads it too, so timers follow. */
public final class TestClock extends Clock {

	/** Monday 23 November 2026, 09:00 in Shenzhen: the start of a working day. */
	public static final Instant MONDAY_MORNING = ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneId.of("Asia/Shanghai"))
		.toInstant();

	private final ZoneId zone;

	private volatile Instant now;

	TestClock(Instant now, ZoneId zone) {
		this.now = now;
		this.zone = zone;
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		return new TestClock(now, other);
	}

	@Override
	public Instant instant() {
		return now;
	}

	/** Sets the time. */
	public void set(Instant instant) {
		now = instant;
	}

	/** Moves the time on. */
	public void advance(Duration duration) {
		now = now.plus(duration);
	}
}
