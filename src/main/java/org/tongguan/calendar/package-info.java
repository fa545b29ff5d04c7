/**
 * Working calendar: working hours, official PRC holidays and adjusted working days (调休) imported from iCalendar,
 * 24×7 calendars, and the deadline and elapsed working-time arithmetic every time limit is measured with.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.tongguan.calendar;
