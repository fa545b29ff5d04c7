package org.tongguan.casework;

import java.time.Instant;
import java.util.List;

import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.Urgency;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.region.RegionCode;

/**
 * What other modules may read of a case at one moment: no reporter data, ids and codes rather than entities.
 *
 * @param id the case
 * @param number the human-readable case number (案卷号)
 * @param channel where it came from
 * @param stage where it stands
 * @param category its catalogue sub-category
 * @param categoryName the sub-category's name
 * @param urgency its urgency
 * @param description the reported description
 * @param address the address text, may be {@code null}
 * @param longitude longitude, may be {@code null}
 * @param latitude latitude, may be {@code null}
 * @param grid the unit grid, {@code null} when the city has no grid there
 * @param street the street
 * @param district the district
 * @param department the lead handling department (主办), {@code null} before dispatch
 * @param departmentName its name
 * @param reportedAt when it was reported
 * @param updatedAt when anything last happened to it
 * @param dueAt the overall deadline, {@code null} before filing
 * @param closedAt when it was closed, {@code null} while open
 * @param note the latest public note (e.g. the handling result), may be {@code null}
 * @param attachmentIds its attachments
 * @param externalId the reporting system's id, may be {@code null}
 */
public record CaseSnapshot(CaseId id, String number, Channel channel, CaseStage stage, CategoryCode category,
		String categoryName, Urgency urgency, String description, String address, Double longitude, Double latitude,
		RegionCode grid, RegionCode street, RegionCode district, DepartmentCode department, String departmentName,
		Instant reportedAt, Instant updatedAt, Instant dueAt, Instant closedAt, String note,
		List<String> attachmentIds, String externalId) {
}
