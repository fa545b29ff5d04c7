package org.tongguan.casework.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.tongguan.casework.CaseApi;
import org.tongguan.casework.CaseworkTest;
import org.tongguan.casework.history.HistoryImportJobs;
import org.tongguan.casework.history.Importer;
import org.tongguan.casework.history.ValueMaps;
import org.tongguan.casework.timeline.Actor;
import org.tongguan.identity.Role;
import org.tongguan.region.RegionCode;

/**
 * A history import job takes its cases into the statistics through the bulk path (no pending marks; cells merged
 * block by block, here every few batches): the figures are exact the moment the job has succeeded, and a job that
 * fails after some blocks were merged leaves no contribution of its cases behind, merged or not.
 */
@CaseworkTest
@TestPropertySource(properties = { "tongguan.casework.history-import.job-batch-size=8",
		"tongguan.casework.history-import.job-merge-cells=400" })
class StatisticsImportJobTests {

	private static final String HEADER = "externalId,reportedAt,acceptedAt,filedAt,dispatchedAt,closedAt,evaluatedAt,"
			+ "dueAt,category,department,longitude,latitude,region,stage,satisfaction,dispatchCount,returnCount,"
			+ "reworkCount\n";

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final Importer ADMIN = new Importer(new Actor("admin", "系统管理员", Role.ADMIN), RegionCode.PLATFORM);

	@Autowired
	CaseApi api;

	@Autowired
	HistoryImportJobs jobs;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatisticsAgreement statistics;

	@Test
	void importedCasesCountExactlyTheMomentTheJobHasSucceeded() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String id = start(file(run, 120, ""), false);

		assertThat(awaitEnd(id)).isEqualTo("SUCCEEDED");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM casework_statistics_pending p JOIN casework_case c "
				+ "ON c.id = p.case_id WHERE c.import_job = ?", Long.class, id)).as("no case folded one by one")
			.isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM casework_statistics_case s JOIN casework_case c "
				+ "ON c.id = s.case_id WHERE c.import_job = ?", Long.class, id)).isEqualTo(120);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM casework_statistics_import", Long.class)).isZero();
		statistics.check(api.as("leader"), "440300");
	}

	@Test
	void aJobThatFailsAfterMergingSomeBlocksLeavesNoContributionBehind() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String id = start(file(run, 120, "BAD-" + run + ",2024-02-30 09:00,,,,,,,E0101,,,,440304,,,,,\n"), false);

		assertThat(awaitEnd(id)).startsWith("FAILED ").contains("rows are invalid");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM casework_case WHERE external_id LIKE ?", Long.class,
				"BULK-" + run + "-%")).isZero();
		statistics.check(api.as("leader"), "440300");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM casework_statistics_case s WHERE NOT EXISTS "
				+ "(SELECT 1 FROM casework_case c WHERE c.id = s.case_id)", Long.class))
			.as("every removed case folded away or its staged contribution removed").isZero();
	}

	/** Cases over two months: closed early, late and never, unfiled, voided, called back or not. */
	private static String file(String run, int rows, String last) {
		StringBuilder csv = new StringBuilder(HEADER);
		String[] categories = { "E0101", "E0105", "E0301" };
		for (int i = 0; i < rows; i++) {
			LocalDateTime reported = LocalDateTime.of(2025, 2, 20, 9, 0).plusDays(i % 45).plusMinutes(37L * (i % 13));
			LocalDateTime closed = reported.plusDays(i % 7).plusHours(3);
			boolean unfiled = i % 4 == 1;
			boolean open = i % 5 == 0 && !unfiled;
			boolean voided = i % 11 == 0;
			boolean dispatched = !unfiled && !voided;
			String evaluated = !open && !voided && i % 3 == 0 ? time(closed.plusDays(1)) : "";
			csv.append("BULK-").append(run).append('-').append(i).append(',')
				.append(time(reported)).append(',')
				.append(unfiled ? time(reported.plusMinutes(20)) : "").append(',')
				.append(unfiled || voided ? "" : time(reported.plusMinutes(10))).append(',')
				.append(unfiled || voided ? "" : time(reported.plusMinutes(30))).append(',')
				.append(open || voided ? "" : time(closed)).append(',')
				.append(evaluated).append(',')
				.append(voided ? "" : time(reported.plusDays(3).withHour(18).withMinute(0))).append(',')
				.append(categories[i % 3]).append(',')
				.append(i % 3 == 0 && dispatched ? "440304-CHENGGUAN" : "").append(",,,")
				.append(i % 3 == 0 ? "440304" : "440305").append(',')
				.append(voided ? "VOIDED" : open ? "HANDLING" : "").append(',')
				.append(evaluated.isEmpty() ? "" : i % 2 == 0 ? "满意" : "不满意").append(',')
				.append(i % 2 == 0 && dispatched ? "2" : "").append(',')
				.append(i % 10 == 2 && dispatched ? "1" : "").append(',')
				.append(i % 8 == 0 && !voided ? "1" : "").append('\n');
		}
		return csv + last;
	}

	private String start(String csv, boolean partial) throws Exception {
		return jobs.start(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), Map.of(), ValueMaps.NONE,
				partial, ADMIN).id();
	}

	private String awaitEnd(String id) throws InterruptedException {
		long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (System.nanoTime() < until) {
			String status = jdbc.queryForObject("SELECT status FROM casework_history_import_job WHERE id = ?",
					String.class, id);
			if (!List.of("QUEUED", "RUNNING").contains(status)) {
				return status + jdbc.queryForObject("SELECT COALESCE(' ' || message, '') FROM "
						+ "casework_history_import_job WHERE id = ?", String.class, id);
			}
			Thread.sleep(50);
		}
		throw new AssertionError("job " + id + " did not end within 120 s");
	}

	private static String time(LocalDateTime at) {
		return at.format(MINUTES);
	}
}
