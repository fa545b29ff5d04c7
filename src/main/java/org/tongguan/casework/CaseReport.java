package org.tongguan.casework;

import java.util.List;

import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.MatterKind;
import org.tongguan.catalog.Urgency;

/**
 * A report as it arrives from any channel, before validation.
 *
 * @param channel where it came from
 * @param idempotencyKey the client's key for this report; a retried report with the same key returns the first case
 * @param reporter who reported it, may be {@code null}
 * @param longitude WGS-84-style longitude, may be {@code null} when an address is given
 * @param latitude latitude, together with longitude
 * @param address the address text, may be {@code null} when a location is given
 * @param category the catalogue sub-category (e.g. {@code E0101} 暴露垃圾)
 * @param matterType the 12345 matter type, {@code null} outside the hotline
 * @param urgency the urgency, {@code null} for the category's default
 * @param description what is wrong, in the reporter's words
 * @param attachmentIds ids of attachments uploaded before the report (photos, documents)
 * @param externalId the case's id in the reporting system (110 reference, external system id), may be {@code null}
 * @param selfHandled whether an inspector already handled a trivial matter on the spot (自处理)
 */
public record CaseReport(Channel channel, String idempotencyKey, Reporter reporter, Double longitude, Double latitude,
		String address, CategoryCode category, MatterKind matterType, Urgency urgency, String description,
		List<String> attachmentIds, String externalId, boolean selfHandled) {

	public CaseReport {
		attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
	}
}
