package org.tongguan.casework.workflow;

import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;

import org.flowable.common.engine.impl.runtime.Clock;

/**
 * Flowable's clock read from the platform's {@link java.time.Clock} bean, so timers, task times and the platform
 * always agree, and a test that moves the platform clock moves the engine's with it. Setting the time through
 * Flowable does nothing: the platform clock decides.
 */
final class PlatformClock implements Clock {

	private final java.time.Clock clock;

	PlatformClock(java.time.Clock clock) {
		this.clock = clock;
	}

	@Override
	public Date getCurrentTime() {
		return Date.from(clock.instant());
	}

	@Override
	public Calendar getCurrentCalendar() {
		return getCurrentCalendar(getCurrentTimeZone());
	}

	@Override
	public Calendar getCurrentCalendar(TimeZone timeZone) {
		Calendar calendar = Calendar.getInstance(timeZone);
		calendar.setTime(getCurrentTime());
		return calendar;
	}

	@Override
	public TimeZone getCurrentTimeZone() {
		return TimeZone.getTimeZone(clock.getZone());
	}

	@Override
	public void setCurrentTime(Date currentTime) {
		// The platform clock decides.
	}

	@Override
	public void setCurrentCalendar(Calendar currentTime) {
		// The platform clock decides.
	}

	@Override
	public void reset() {
		// The platform clock decides.
	}
}
