package org.tongguan.sensing.archive;

import java.time.Instant;

/**
 * What a sensor archive import stored.
 *
 * @param readings readings stored (a device at a time; the long form's lines of one device and time are one)
 * @param values metric values stored (rows of the telemetry store)
 * @param devices devices the archive has readings of
 * @param alarmsRaised alarms the readings raised
 * @param alarmsCleared of these, alarms the readings also cleared
 * @param alarmsActive of these, alarms still active at the archive's end that became the devices' current alarms
 * @param alarmsEnded of these, alarms still active at the archive's end that ended with it, because the device has
 *        later readings or a current alarm of the rule
 * @param from the earliest reading's time
 * @param to the latest reading's time
 */
public record ArchiveResult(long readings, long values, int devices, int alarmsRaised, int alarmsCleared,
		int alarmsActive, int alarmsEnded, Instant from, Instant to) {
}
