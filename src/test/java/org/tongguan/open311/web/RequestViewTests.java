package org.tongguan.open311.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tongguan.casework.CaseSnapshot;
import org.tongguan.casework.CaseStage;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.Urgency;

/** Cases written as Open311 service requests: status, notes, dates with offsets, notices and the media link. */
class RequestViewTests {

	private static final Instant REPORTED = Instant.parse("2026-11-21T01:30:00Z");

	private final FakeCases cases = new FakeCases(Clock.fixed(REPORTED, ZoneOffset.UTC));

	private final RequestView view = new RequestView(new W3cDates(ZoneId.of("Asia/Shanghai")),
			new ServiceDirectory(new FakeCatalog()).all(), cases::master);

	@Test
	void writesAClosedCaseWithEveryFieldOfTheSpecification() {
		CaseSnapshot closed = cases.add(CategoryCode.of("E0101"), Urgency.URGENT,
				"垃圾 & 杂物\n[media_url] http://city.gov/media/1.jpg", 114.0579, 22.5431, "深南大道", CaseStage.CLOSED,
				REPORTED);

		assertThat(xml(List.of(closed))).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><service_requests>"
				+ "<request><service_request_id>20261121-0001</service_request_id><status>closed</status>"
				+ "<status_notes>已办结：已清运</status_notes><service_name>暴露垃圾</service_name>"
				+ "<service_code>E0101</service_code><description>垃圾 &amp; 杂物</description>"
				+ "<agency_responsible>福田街道办事处</agency_responsible><service_notice>按事项清单，暴露垃圾（紧急）的处置时限为"
				+ "4个工作小时。结案标准：暴露垃圾已清除，附处置后照片。</service_notice>"
				+ "<requested_datetime>2026-11-21T09:30:00+08:00</requested_datetime>"
				+ "<updated_datetime>2026-11-21T10:30:00+08:00</updated_datetime>"
				+ "<expected_datetime>2026-11-22T09:30:00+08:00</expected_datetime><address>深南大道</address>"
				+ "<address_id/><zipcode/><lat>22.5431</lat><long>114.0579</long>"
				+ "<media_url>http://city.gov/media/1.jpg</media_url></request></service_requests>");
	}

	@Test
	void writesAnOpenCaseWithItsStageAsNotesAndNullsInJson() {
		CaseSnapshot open = cases.add(CategoryCode.of("E0101"), null, null, null, null, "福田区市民中心",
				CaseStage.HANDLING, REPORTED);

		assertThat(new String(JsonWriter.write(view.list(List.of(open))), StandardCharsets.UTF_8))
			.isEqualTo("[{\"service_request_id\":\"20261121-0001\",\"status\":\"open\",\"status_notes\":\"处置中\","
					+ "\"service_name\":\"暴露垃圾\",\"service_code\":\"E0101\",\"description\":null,"
					+ "\"agency_responsible\":null,\"service_notice\":\"按事项清单，暴露垃圾（一般）的处置时限为1个工作日。"
					+ "结案标准：暴露垃圾已清除，附处置后照片。\",\"requested_datetime\":\"2026-11-21T09:30:00+08:00\","
					+ "\"updated_datetime\":\"2026-11-21T09:40:00+08:00\","
					+ "\"expected_datetime\":\"2026-11-22T09:30:00+08:00\",\"address\":\"福田区市民中心\","
					+ "\"address_id\":null,\"zipcode\":null,\"lat\":null,\"long\":null,\"media_url\":null}]");
	}

	@Test
	void everyTerminalStageIsClosedAndEveryOtherOpen() {
		for (CaseStage stage : CaseStage.values()) {
			CaseSnapshot snapshot = cases.add(CategoryCode.of("E0101"), Urgency.NORMAL, null, null, null, "A", stage,
					REPORTED);
			String status = stage.terminal() ? "closed" : "open";
			assertThat(xml(List.of(snapshot))).contains("<status>" + status + "</status>")
				.contains("<status_notes>" + stage.label());
		}
	}

	@Test
	void aMergedDuplicateIsClosedAndNamesTheMasterItFollows() {
		CaseSnapshot master = cases.add(CategoryCode.of("E0101"), Urgency.NORMAL, null, null, null, "A",
				CaseStage.HANDLING, REPORTED);
		CaseSnapshot duplicate = cases.add(CategoryCode.of("E0101"), Urgency.NORMAL, null, null, null, "A",
				CaseStage.MERGED, REPORTED);
		cases.merge(duplicate, master);

		assertThat(xml(List.of(duplicate))).contains("<status>closed</status>"
				+ "<status_notes>已合并：重复上报，随主案卷 20261121-0001 办理（处置中）</status_notes>");
	}

	@Test
	void keepsADescriptionThatOnlyMentionsTheMarkerInTheMiddle() {
		assertThat(MediaLink.split("见 [media_url] 之后\n还有一行")).isEqualTo(new MediaLink("见 [media_url] 之后\n还有一行", null));
		assertThat(MediaLink.split("[media_url] http://a/b.jpg")).isEqualTo(new MediaLink(null, "http://a/b.jpg"));
		assertThat(new MediaLink(null, "http://a/b.jpg").stored()).isEqualTo("[media_url] http://a/b.jpg");
		assertThat(new MediaLink("text", null).stored()).isEqualTo("text");
	}

	private String xml(List<CaseSnapshot> snapshots) {
		return new String(XmlWriter.write(view.list(snapshots)), StandardCharsets.UTF_8);
	}
}
