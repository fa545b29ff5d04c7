package org.tongguan.indicator;

import java.time.Instant;

import org.tongguan.region.RegionCode;

/**
 * One value of an indicator for a region and period, with its provenance.
 *
 * @param indicator the indicator
 * @param region the region it is for
 * @param period the period it is for
 * @param value the value, in the indicator's unit
 * @param source how it came in
 * @param sender who sent it: an API key's caller name ({@code apikey:<system>}) or a user's login name
 * @param arrivedAt when it arrived
 * @param revision 1 for the first value of its region and period, one more for each correction
 */
public record IndicatorValue(IndicatorCode indicator, RegionCode region, Period period, double value,
		ValueSource source, String sender, Instant arrivedAt, int revision) {
}
