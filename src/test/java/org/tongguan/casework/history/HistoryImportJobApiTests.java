package org.tongguan.casework.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongguan.casework.timeline.Actor;
import org.tongguan.identity.Caller;
import org.tongguan.identity.Role;
import org.tongguan.region.RegionCode;
import org.tongguan.shared.NotFoundException;
import org.tongguan.shared.PlatformProperties;
import org.tongguan.support.PlatformTest;
import org.tongguan.support.WithDemoUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * History imports as background jobs: started with the file stored first, followed, cancelled, rolled back whole
 * when they fail or the platform stopped, and visible only to administrators whose scope covers them. Batches of two
 * rows, so that every file spans many committed batches.
 */
@PlatformTest
@WithDemoUser("admin")
@TestPropertySource(properties = "tongguan.casework.history-import.job-batch-size=2")
class HistoryImportJobApiTests {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv");

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final String JOBS = "/api/admin/cases/history-import/jobs";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	@Autowired
	HistoryImportJobs jobs;

	@Autowired
	PlatformProperties platform;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void noJobLeftActive() throws Exception {
		for (String id : jdbc.sql("SELECT id FROM casework_history_import_job WHERE active = 'X'")
			.query(String.class)
			.list()) {
			awaitEnd(id);
		}
	}

	@Test
	void importsTheFileInTheBackgroundAndReportsProgressAndTheSynchronousReport() throws Exception {
		String id = start(file("JS-", 25, null), "").andExpect(status().isAccepted())
			.andExpect(header().string("Location", startsWith(JOBS + "/")))
			.andExpect(jsonPath("$.status").value(startsWith("")))
			.andReturn()
			.getResponse()
			.getHeader("Location")
			.substring(JOBS.length() + 1);

		JsonNode job = awaitEnd(id);
		assertThat(job.path("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(job.path("rowsRead").asLong()).isEqualTo(25);
		assertThat(job.path("imported").asLong()).isEqualTo(25);
		assertThat(job.path("startedAt").isNull()).isFalse();
		assertThat(job.path("finishedAt").isNull()).isFalse();
		assertThat(job.path("report").path("imported").asInt()).isEqualTo(25);
		assertThat(job.path("report").path("backlog").asInt()).isEqualTo(25);
		assertThat(job.path("report").path("errors").isEmpty()).isTrue();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM casework_case WHERE import_job = ? AND external_id LIKE 'JS-%'")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(25);
	}

	@Test
	void storesTheStatisticsContributionOfEveryStoredCaseWithoutMarkingItPending() throws Exception {
		String id = idOf(start(file("JL-", 7, null), ""));
		assertThat(awaitEnd(id).path("status").asString()).isEqualTo("SUCCEEDED");
		List<Long> stored = jdbc.sql("SELECT id FROM casework_case WHERE import_job = ?").param(id).query(Long.class)
			.list();
		assertThat(stored).hasSize(7);
		assertThat(jdbc.sql("SELECT case_id FROM casework_statistics_case").query(Long.class).list())
			.containsAll(stored);
		assertThat(jdbc.sql("SELECT case_id FROM casework_statistics_pending").query(Long.class).list())
			.doesNotContainAnyElementsOf(stored);
	}

	@Test
	void skipsRowsImportedBeforeAndRejectsAnExternalIdRepeatedWithinTheFile() throws Exception {
		assertThat(awaitEnd(idOf(start(file("JR-", 3, null), ""))).path("status").asString()).isEqualTo("SUCCEEDED");
		String again = file("JR-", 6, null) + row("JR-4", 0, "E0101");
		JsonNode job = awaitEnd(idOf(start(again, "?partial=true")));
		assertThat(job.path("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(job.path("report").path("skipped").asInt()).isEqualTo(3);
		assertThat(job.path("report").path("imported").asInt()).isEqualTo(3);
		assertThat(job.path("report").path("invalid").asInt()).isEqualTo(1);
		assertThat(job.path("report").path("errors").get(0).path("field").asString()).isEqualTo("line 8");
		assertThat(job.path("report").path("errors").get(0).path("message").asString())
			.contains("'JR-4' is already on an earlier line");
		assertThat(stored("JR-")).isEqualTo(6);
	}

	@Test
	void storesNothingWhenARowIsInvalidAfterSeveralCommittedBatches() throws Exception {
		String bad = file("JN-", 12, null) + "JN-X,2024-02-30 09:00,E0101,440304\n";
		JsonNode job = awaitEnd(idOf(start(bad, "")));
		assertThat(job.path("status").asString()).isEqualTo("FAILED");
		assertThat(job.path("message").asString()).startsWith("1 of 13 rows are invalid; nothing was stored");
		assertThat(job.path("report").path("invalid").asInt()).isEqualTo(1);
		assertThat(job.path("report").path("imported").asInt()).isZero();
		assertThat(job.path("report").path("rejectedRowsUrl").asString()).contains("/rejected");
		assertThat(stored("JN-")).as("the committed batches were removed").isZero();
		mvc.perform(get(job.path("report").path("rejectedRowsUrl").asString()))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("JN-X")));
	}

	@Test
	void cancellingARunningJobRemovesEveryCaseItStored() throws Exception {
		String id = idOf(start(file("JC-", 3000, null), ""));
		mvc.perform(delete(JOBS + "/" + id).with(csrf()))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.cancelRequested").value(true));
		JsonNode job = awaitEnd(id);
		assertThat(job.path("status").asString()).isEqualTo("CANCELLED");
		assertThat(job.path("message").asString()).startsWith("cancelled by an administrator");
		assertThat(stored("JC-")).isZero();
		mvc.perform(delete(JOBS + "/" + id).with(csrf())).andExpect(status().isConflict());
	}

	@Test
	void recoveryRemovesTheCasesOfAJobWhosePlatformStopped() throws Exception {
		String id = idOf(start(file("JP-", 9, null), "?partial=true"));
		assertThat(awaitEnd(id).path("status").asString()).isEqualTo("SUCCEEDED");
		// as if the platform had stopped while the job ran: RUNNING, its heartbeat long past
		jdbc.sql("UPDATE casework_history_import_job SET status = 'RUNNING', active = 'X', finished_at = NULL, "
				+ "heartbeat = ? WHERE id = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC).minusHours(1), id)
			.update();
		List<Long> stored = jdbc.sql("SELECT id FROM casework_case WHERE import_job = ?").param(id).query(Long.class)
			.list();
		assertThat(stored).hasSize(9);

		jobs.recover();

		assertThat(stored("JP-")).isZero();
		JsonNode job = read(id);
		assertThat(job.path("status").asString()).isEqualTo("FAILED");
		assertThat(job.path("message").asString()).contains("the platform stopped", "9 cases");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM casework_history_import_job WHERE active = 'X'").query(Long.class)
			.single()).isZero();
		Set<Long> marked = Set.copyOf(jdbc.sql("SELECT case_id FROM casework_statistics_pending").query(Long.class)
			.list());
		Set<Long> folded = Set.copyOf(jdbc.sql("SELECT case_id FROM casework_statistics_case").query(Long.class)
			.list());
		assertThat(stored).as("the removed cases are marked for the statistics (or already folded away)")
			.allMatch(caseId -> marked.contains(caseId) || !folded.contains(caseId));
	}

	@Test
	void refusesASecondJobWhileOneIsActive() throws Exception {
		jdbc.sql("INSERT INTO casework_history_import_job (id, status, active, imported_by, scope_code, is_partial, "
				+ "created_at, heartbeat) VALUES ('busy', 'RUNNING', 'X', 'admin', '000000', FALSE, ?, ?)")
			.params(OffsetDateTime.now(ZoneOffset.UTC), OffsetDateTime.now(ZoneOffset.UTC))
			.update();
		try {
			start(file("JB-", 2, null), "").andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value(containsString("busy")));
			assertThat(stored("JB-")).isZero();
		}
		finally {
			jdbc.sql("DELETE FROM casework_history_import_job WHERE id = 'busy'").update();
		}
	}

	@Test
	void answersProblemDetailsForABadHeaderMappingOrValueMapAndQueuesNothing() throws Exception {
		start(file("JH-", 2, null), "?noSuchField=x").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("noSuchField"));
		start("", "").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("body"));
		start("externalId,category,region\n", "").andExpect(status().isBadRequest());
		mvc.perform(multipart(JOBS).file(new MockMultipartFile("file", "h.csv", "text/csv",
				file("JH-", 2, null).getBytes(StandardCharsets.UTF_8)))
			.file(new MockMultipartFile("valueMaps", "", "application/json",
					"{\"category\": {\"A01\": \"无此小类\"}}".getBytes(StandardCharsets.UTF_8)))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("valueMaps.category[\"A01\"]"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM casework_history_import_job WHERE active = 'X'").query(Long.class)
			.single()).isZero();
		mvc.perform(get(JOBS + "/no-such-job")).andExpect(status().isNotFound());
	}

	@Test
	void importsAMultipartFileWithInlineValueMaps() throws Exception {
		String csv = "externalId,reportedAt,category,region\nJM-1,2024-03-04 09:00,A01,440304\n";
		String location = mvc.perform(multipart(JOBS).file(new MockMultipartFile("file", "h.csv", "text/csv",
				csv.getBytes(StandardCharsets.UTF_8)))
			.file(new MockMultipartFile("valueMaps", "", "application/json",
					"{\"category\": {\"A01\": \"E0101\"}}".getBytes(StandardCharsets.UTF_8)))
			.with(csrf())).andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
		assertThat(awaitEnd(location.substring(JOBS.length() + 1)).path("imported").asLong()).isOne();
	}

	@Test
	@WithDemoUser("handler")
	void refusesCallersWhoAreNotAdministrators() throws Exception {
		start(file("JX-", 2, null), "").andExpect(status().isForbidden());
		mvc.perform(get(JOBS + "/any")).andExpect(status().isForbidden());
		mvc.perform(delete(JOBS + "/any").with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get(JOBS + "/any").with(anonymous())).andExpect(status().isUnauthorized());
		assertThat(stored("JX-")).isZero();
	}

	@Test
	void showsAJobOnlyToAdministratorsWhoseScopeCoversItsImporter() throws Exception {
		String id = idOf(start(file("JV-", 2, null), ""));
		awaitEnd(id);
		Caller futianAdmin = new Caller("futian-admin", "福田管理员", Set.of(Role.ADMIN), RegionCode.of("440304"), null);
		assertThatThrownBy(() -> jobs.find(id, futianAdmin)).isInstanceOf(NotFoundException.class);
		Caller dispatcher = new Caller("d", "d", Set.of(Role.DISPATCHER), RegionCode.PLATFORM, null);
		assertThatThrownBy(() -> jobs.find(id, dispatcher)).isInstanceOf(NotFoundException.class);

		ImportJob own = jobs.start(new ByteArrayInputStream(file("JW-", 2, null).getBytes(StandardCharsets.UTF_8)),
				Map.of(), ValueMaps.NONE, false, new Importer(new Actor("futian-admin", "福田管理员", Role.ADMIN),
						RegionCode.of("440304")));
		awaitEnd(own.id());
		assertThat(jobs.find(own.id(), futianAdmin).status()).isEqualTo(ImportJobStatus.SUCCEEDED);
		assertThat(jobs.find(own.id(), new Caller("admin", "a", Set.of(Role.ADMIN), RegionCode.PLATFORM, null))
			.imported()).isEqualTo(2);
	}

	@Test
	void waitsForTheStatisticsWhileAnotherFoldHoldsThemLongerThanTheLockTimeout() throws Exception {
		CountDownLatch locked = new CountDownLatch(1);
		Thread otherFold = new Thread(() -> transactions.executeWithoutResult(status -> {
			jdbc.sql("SELECT id FROM casework_statistics_fold WHERE id = 1 FOR UPDATE").query(Integer.class).single();
			locked.countDown();
			try {
				Thread.sleep(12_000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}));
		otherFold.start();
		assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
		String id = idOf(start(file("JF-", 3, null), ""));
		JsonNode job = awaitEnd(id);
		otherFold.join();
		assertThat(job.path("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(job.path("message").isNull() || job.path("message").isMissingNode())
			.as("caught up once the other fold let go: no note").isTrue();
		assertThat(stored("JF-")).isEqualTo(3);
	}

	@Test
	void keepsNothingWhenTheUploadBreaksOff() throws Exception {
		long before = jdbc.sql("SELECT COUNT(*) FROM casework_history_import_job").query(Long.class).single();
		InputStream breaking = new SequenceInputStream(
				new ByteArrayInputStream(file("JU-", 5, null).getBytes(StandardCharsets.UTF_8)), new InputStream() {
					@Override
					public int read() throws IOException {
						throw new IOException("connection reset");
					}
				});
		assertThatThrownBy(() -> jobs.start(breaking, Map.of(), ValueMaps.NONE, false, new Importer(
				new Actor("admin", "系统管理员", Role.ADMIN), RegionCode.PLATFORM))).isInstanceOf(IOException.class);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM casework_history_import_job").query(Long.class).single())
			.isEqualTo(before);
		try (Stream<Path> spooled = Files.list(platform.dataDir().resolve("history-import-jobs"))) {
			assertThat(spooled).as("stored uploads").isEmpty();
		}
	}

	/** A file of open cases, a minute apart, in Futian. */
	private static String file(String prefix, int rows, String extra) {
		StringBuilder file = new StringBuilder("externalId,reportedAt,category,region\n");
		for (int row = 1; row <= rows; row++) {
			file.append(row(prefix + row, row, "E0101"));
		}
		return extra == null ? file.toString() : file + extra;
	}

	private static String row(String externalId, int minute, String category) {
		return externalId + "," + LocalDateTime.of(2024, 3, 4, 9, 0).plusMinutes(minute).format(MINUTES) + ","
				+ category + ",440304\n";
	}

	private ResultActions start(String csv, String query) throws Exception {
		return mvc.perform(post(JOBS + query).with(csrf()).contentType(CSV).content(csv.getBytes(StandardCharsets.UTF_8)));
	}

	private static String idOf(ResultActions started) throws Exception {
		return started.andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location")
			.substring(JOBS.length() + 1);
	}

	private JsonNode read(String id) throws Exception {
		return json.readTree(mvc.perform(get(JOBS + "/" + id)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	private JsonNode awaitEnd(String id) throws Exception {
		long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < until) {
			JsonNode job = read(id);
			if (!List.of("QUEUED", "RUNNING").contains(job.path("status").asString())) {
				return job;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("job " + id + " did not end within 60 s");
	}

	private long stored(String prefix) {
		return jdbc.sql("SELECT COUNT(*) FROM casework_case WHERE external_id LIKE ?")
			.param(prefix + "%")
			.query(Long.class)
			.single();
	}
}
