package org.tongguan.calendar.internal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the working calendar.
 *
 * @param workingHours the working periods of every working day (上班时间), {@code HH:mm-HH:mm}, in order and not
 * overlapping; e.g. {@code TONGGUAN_CALENDAR_WORKINGHOURS=08:30-12:00,13:30-17:30}
 */
@ConfigurationProperties("tongguan.calendar")
public record CalendarProperties(@DefaultValue({ "09:00-12:00", "14:00-18:00" }) List<String> workingHours) {
}
