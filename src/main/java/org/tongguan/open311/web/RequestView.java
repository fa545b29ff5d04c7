package org.tongguan.open311.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.tongguan.casework.CaseId;
import org.tongguan.casework.CaseSnapshot;
import org.tongguan.casework.CaseStage;

/**
 * Writes cases as Open311 service requests: the case number is the {@code service_request_id}, the status is
 * {@code closed} once the case's stage is terminal, the status notes name the stage (待受理, 处置中, 已办结, …) and the
 * latest public note (for a merged duplicate, the master case it follows), the agency is the lead handling department
 * and the expected time the case's deadline. No reporter data is ever written.
 *
 * @param dates writes dates in the city's zone
 * @param services every service by code, for the service notice
 * @param masters the master case of a merged duplicate
 */
record RequestView(W3cDates dates, Map<String, OfferedService> services,
		Function<CaseId, Optional<CaseSnapshot>> masters) {

	/** The {@code service_requests} list of the cases. */
	Node list(List<CaseSnapshot> cases) {
		return Node.items("service_requests", cases.stream().map(this::request).toList());
	}

	private Node request(CaseSnapshot snapshot) {
		boolean closed = snapshot.stage().terminal();
		Instant updated = closed && snapshot.closedAt() != null ? snapshot.closedAt() : snapshot.updatedAt();
		OfferedService service = services.get(snapshot.category().value());
		MediaLink media = MediaLink.split(snapshot.description());
		return Node.element("request", Node.value("service_request_id", snapshot.number()),
				Node.value("status", closed ? "closed" : "open"), Node.value("status_notes", notes(snapshot)),
				Node.value("service_name", snapshot.categoryName()),
				Node.value("service_code", snapshot.category().value()),
				Node.value("description", media.description()),
				Node.value("agency_responsible", snapshot.departmentName()),
				Node.value("service_notice", service == null ? null : service.notice(snapshot.urgency())),
				Node.value("requested_datetime", dates.format(snapshot.reportedAt())),
				Node.value("updated_datetime", dates.format(updated)),
				Node.value("expected_datetime", dates.format(snapshot.dueAt())),
				Node.value("address", snapshot.address()), Node.value("address_id", null),
				Node.value("zipcode", null), Node.value("lat", snapshot.latitude()),
				Node.value("long", snapshot.longitude()), Node.value("media_url", media.url()));
	}

	private String notes(CaseSnapshot snapshot) {
		String stage = snapshot.stage().label();
		if (snapshot.stage() == CaseStage.MERGED) {
			Optional<CaseSnapshot> master = masters.apply(snapshot.id());
			if (master.isPresent()) {
				return stage + "：重复上报，随主案卷 " + master.get().number() + " 办理（" + master.get().stage().label() + "）";
			}
		}
		return snapshot.note() == null || snapshot.note().isBlank() ? stage : stage + "：" + snapshot.note();
	}
}
