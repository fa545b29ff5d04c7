package org.tongguan.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock tests move by hand: the platform's in application contexts ({@link TestClockConfiguration}, which the
 * process engine reads too, so timers follow), or a component's own in a unit test. A copy in another zone shows the
 * same moving time.
 */
public final class TestClock extends Clock {

	/** Monday 23 November 2026, 09:00 in Shenzhen: the start of a working day. */
	public static final Instant MONDAY_MORNING = ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneId.of("Asia/Shanghai"))
		.toInstant();

	private final AtomicReference<Instant> now;

	private final ZoneId zone;

	/** A clock standing at {@code start} in {@code zone} until a test moves it. */
	public TestClock(Instant start, ZoneId zone) {
		this(new AtomicReference<>(start), zone);
	}

	private TestClock(AtomicReference<Instant> now, ZoneId zone) {
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
		return now.get();
	}

	/** Sets the time. */
	public void set(Instant instant) {
		now.set(instant);
	}

	/** Moves the time on. */
	public void advance(Duration duration) {
		now.updateAndGet(instant -> instant.plus(duration));
	}
}
