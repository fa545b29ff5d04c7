package org.tongguan.casework;

import java.util.List;

import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.MatterKind;
import org.tongguan.catalog.Urgency;
import org.tongguan.identity.DepartmentCode;

/**
 * A report as it arrives from any channel, before validation. Each channel starts one with its own factory
 * ({@link #citizen}, {@link #open311}, {@link #policeTransfer}, {@link #sensor}, or {@link #of} for the channels a
 * signed-in caller picks) and adds only what it has.
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
 * @param department the department the reporting channel names as responsible (指定责任部门), {@code null} for the
 *        dispatch rules' choice; when it is unknown or disabled, the dispatch rules choose
 */
public record CaseReport(Channel channel, String idempotencyKey, Reporter reporter, Double longitude, Double latitude,
		String address, CategoryCode category, MatterKind matterType, Urgency urgency, String description,
		List<String> attachmentIds, String externalId, boolean selfHandled, DepartmentCode department) {

	public CaseReport {
		attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
	}

	/** A report on a channel a signed-in caller reports through (12345 hotline, grid inspector, external system). */
	public static Builder of(Channel channel, String idempotencyKey, CategoryCode category, String description) {
		return new Builder(channel, idempotencyKey, category, description);
	}

	/** 市民上报 — a citizen's web or app submission. */
	public static Builder citizen(String idempotencyKey, CategoryCode category, String description) {
		return of(Channel.CITIZEN, idempotencyKey, category, description);
	}

	/** An Open311 client's service request. */
	public static Builder open311(String idempotencyKey, CategoryCode category, String description) {
		return of(Channel.OPEN311, idempotencyKey, category, description);
	}

	/** 110 转入 — a non-police matter transferred in from 110; its incident number (警情编号) identifies it. */
	public static Builder policeTransfer(String incidentNumber, CategoryCode category, String description) {
		return of(Channel.POLICE_110, null, category, description).externalId(incidentNumber);
	}

	/** 物联感知 — a sensor alarm; its key is the report's idempotency key and external id both. */
	public static Builder sensor(String alarmKey, CategoryCode category, String description) {
		return of(Channel.SENSOR, alarmKey, category, description).externalId(alarmKey);
	}

	/**
	 * 指标预警 — an indicator's warning; its key is the report's idempotency key and external id both, and it names
	 * the indicator's responsible department.
	 */
	public static Builder indicatorWarning(String warningKey, CategoryCode category, String description,
			DepartmentCode responsible) {
		return of(Channel.INDICATOR, warningKey, category, description).externalId(warningKey).department(responsible);
	}

	/** What a channel knows of a report beyond its category and description, added one part at a time. */
	public static final class Builder {

		private final Channel channel;

		private final String idempotencyKey;

		private final CategoryCode category;

		private final String description;

		private Reporter reporter;

		private Double longitude;

		private Double latitude;

		private String address;

		private MatterKind matterType;

		private Urgency urgency;

		private List<String> attachmentIds;

		private String externalId;

		private boolean selfHandled;

		private DepartmentCode department;

		private Builder(Channel channel, String idempotencyKey, CategoryCode category, String description) {
			this.channel = channel;
			this.idempotencyKey = idempotencyKey;
			this.category = category;
			this.description = description;
		}

		/** Where: a point and an address, either of which may be {@code null}. */
		public Builder at(Double longitude, Double latitude, String address) {
			this.longitude = longitude;
			this.latitude = latitude;
			this.address = address;
			return this;
		}

		/** The reporting person. */
		public Builder reporter(Reporter reporter) {
			this.reporter = reporter;
			return this;
		}

		/** The urgency, {@code null} for the category's default. */
		public Builder urgency(Urgency urgency) {
			this.urgency = urgency;
			return this;
		}

		/** The 12345 matter type (诉求类型). */
		public Builder matterType(MatterKind matterType) {
			this.matterType = matterType;
			return this;
		}

		/** Attachments uploaded before the report. */
		public Builder attachments(List<String> attachmentIds) {
			this.attachmentIds = attachmentIds;
			return this;
		}

		/** The report's id in the reporting system. */
		public Builder externalId(String externalId) {
			this.externalId = externalId;
			return this;
		}

		/** Whether an inspector handled the matter on the spot (自处理). */
		public Builder selfHandled(boolean selfHandled) {
			this.selfHandled = selfHandled;
			return this;
		}

		/** The department the channel names as responsible. */
		public Builder department(DepartmentCode department) {
			this.department = department;
			return this;
		}

		/** The report. */
		public CaseReport build() {
			return new CaseReport(channel, idempotencyKey, reporter, longitude, latitude, address, category,
					matterType, urgency, description, attachmentIds, externalId, selfHandled, department);
		}
	}
}
