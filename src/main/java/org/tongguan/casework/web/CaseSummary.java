package org.tongguan.casework.web;

import java.time.Instant;

import org.tongguan.casework.CaseLists;
import org.tongguan.casework.Reporter;
import org.tongguan.casework.TrafficLight;

/**
 * A case in a list: the reporter is always masked.
 *
 * @param id the case id
 * @param number the case number (案卷号)
 * @param channel where it came from
 * @param stage where it stands
 * @param category its sub-category
 * @param urgency its urgency
 * @param district its district
 * @param street its street
 * @param address the address text
 * @param leadDepartment the lead department (主办)
 * @param reporter the reporter, masked
 * @param reportedAt when it was reported
 * @param dueAt the overall deadline
 * @param light the overall traffic light
 * @param stageLight the current stage's traffic light
 * @param duplicateSuspect whether it is a likely duplicate
 * @param supervisions how many supervision notices it had
 */
record CaseSummary(long id, String number, Named channel, Named stage, Named category, String urgency, Named district,
		Named street, String address, Named leadDepartment, Reporter reporter, Instant reportedAt, Instant dueAt,
		TrafficLight light, TrafficLight stageLight, boolean duplicateSuspect, int supervisions)
		implements CaseLists.Item {
}
