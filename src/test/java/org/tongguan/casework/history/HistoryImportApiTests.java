package org.tongguan.casework.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.Channel;
import org.tongguan.casework.store.CaseRecord;
import org.tongguan.casework.store.CaseStore;
import org.tongguan.casework.timeline.Actor;
import org.tongguan.casework.timeline.Timeline;
import org.tongguan.casework.timeline.TimelineEntry;
import org.tongguan.identity.Role;
import org.tongguan.region.RegionCode;
import org.tongguan.support.PlatformTest;
import org.tongguan.support.WithDemoUser;

/** Importing past cases from CSV: stored without workflows, validated per line, all or nothing unless partial. */
@PlatformTest
@WithDemoUser("admin")
class HistoryImportApiTests {

	private static final Importer ADMIN = new Importer(new Actor("admin", "系统管理员", Role.ADMIN),
			RegionCode.PLATFORM);

	private static final MediaType CSV = MediaType.parseMediaType("text/csv");

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final String HEADER = "externalId,reportedAt,filedAt,dispatchedAt,handledAt,verifiedAt,closedAt,"
			+ "category,department,longitude,latitude,region,satisfaction\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseStore cases;

	@Autowired
	Timeline timeline;

	@Autowired
	HistoryImport history;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void storesImportedCasesWithoutWorkflowsAndNotesTheImportOnTheirTimeline() throws Exception {
		importFile(HEADER
				+ "HI-1,2024-03-04 09:00,2024-03-04 09:30,2024-03-04 10:00,2024-03-04 15:00,2024-03-04 16:00,"
				+ "2024-03-04 17:00,E0101,440304-CHENGGUAN,114.0579,22.5431,,满意\n"
				+ "HI-2,2024-03-05 09:00,2024-03-05 09:10,2024-03-05 09:20,,,,E0102,440303-CHENGGUAN,,,440303,\n", "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(2))
			.andExpect(jsonPath("$.imported").value(2))
			.andExpect(jsonPath("$.skipped").value(0))
			.andExpect(jsonPath("$.invalid").value(0))
			.andExpect(jsonPath("$.errors").isEmpty());

		CaseRecord closed = cases.find(idOf("HI-1")).orElseThrow();
		assertThat(closed.imported()).isTrue();
		assertThat(closed.channel()).isEqualTo(Channel.HISTORY_IMPORT);
		assertThat(closed.processInstanceId()).isNull();
		assertThat(closed.stage()).isEqualTo(CaseStage.CLOSED);
		assertThat(closed.place().district()).isEqualTo(RegionCode.of("440304"));
		assertThat(closed.place().grid()).isNotNull();
		assertThat(closed.overall().dueAt()).as("1 working day from Monday 09:00")
			.isEqualTo(Instant.parse("2024-03-04T10:00:00Z"));
		assertThat(closed.onTime()).isTrue();
		assertThat(closed.assignment().lead().value()).isEqualTo("440304-CHENGGUAN");
		List<TimelineEntry> entries = timeline.of(closed.id());
		assertThat(entries).singleElement().satisfies(entry -> {
			assertThat(entry.actor()).isEqualTo("admin");
			assertThat(entry.comment()).contains("历史导入", "HI-1", "第 2 行");
		});

		CaseRecord open = cases.find(idOf("HI-2")).orElseThrow();
		assertThat(open.stage()).isEqualTo(CaseStage.HANDLING);
		assertThat(open.place().district()).isEqualTo(RegionCode.of("440303"));
		assertThat(open.onTime()).isNull();
	}

	@Test
	void storesTextsExactlyAsWrittenWhateverCharactersTheyHold() throws Exception {
		String address = "福田区 \"A\\B\" 路\t12 号";
		String description = "第一行\r\n第二行 \\N 不是空值";
		importFile("externalId,reportedAt,category,region,address,description\n"
				+ "HT-1,2024-03-04 09:00,E0101,440304,\"" + address.replace("\"", "\"\"") + "\",\""
				+ description + "\"\n", "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1));
		CaseRecord stored = cases.find(idOf("HT-1")).orElseThrow();
		assertThat(stored.place().address()).isEqualTo(address);
		assertThat(stored.matter().description()).isEqualTo(description);
	}

	@Test
	void computesDueAndWarningTimesFromTheCatalogueOnTheWorkingCalendar() throws Exception {
		importFile("externalId,reportedAt,category,urgency,region\n"
				+ "HD-1,2024-03-04 09:00,E0101,,440304\n"
				+ "HD-2,2024-03-04 09:00,E0101,URGENT,440304\n", "")
			.andExpect(status().isOk());
		CaseRecord normal = cases.find(idOf("HD-1")).orElseThrow();
		assertThat(normal.overall().dueAt()).as("7 working hours: Monday 18:00")
			.isEqualTo(Instant.parse("2024-03-04T10:00:00Z"));
		assertThat(normal.overall().warnAt()).as("5.6 working hours: Monday 16:36")
			.isEqualTo(Instant.parse("2024-03-04T08:36:00Z"));
		CaseRecord urgent = cases.find(idOf("HD-2")).orElseThrow();
		assertThat(urgent.overall().dueAt()).as("4 working hours: Monday 15:00")
			.isEqualTo(Instant.parse("2024-03-04T07:00:00Z"));
		assertThat(urgent.overall().warnAt()).as("3.2 working hours, over the lunch break: Monday 14:12")
			.isEqualTo(Instant.parse("2024-03-04T06:12:00Z"));
		assertThat(urgent.stage()).isEqualTo(CaseStage.REPORTED);
		assertThat(urgent.overall().overdue()).as("still open long after its due time").isTrue();
	}

	@Test
	void skipsCasesImportedBeforeWhenAFileIsImportedAgain() throws Exception {
		String file = HEADER + "HR-1,2024-04-01 09:00,,,,,,E0101,,,,440304,\n"
				+ "HR-2,2024-04-01 10:00,,,,,,E0101,,,,440304,\n";
		importFile(file, "").andExpect(jsonPath("$.imported").value(2));
		importFile(file, "").andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.skipped").value(2));
		assertThat(stored("HR-")).isEqualTo(2);
	}

	@Test
	void storesEachRowOfAFileLargerThanABatchWithItsOwnTimelineEntry() throws Exception {
		int rows = 1300;
		StringBuilder file = new StringBuilder("externalId,reportedAt,category,region\n");
		for (int row = 0; row < rows; row++) {
			file.append("HL-").append(row).append(',')
				.append(LocalDateTime.of(2024, 3, 4, 9, 0).plusMinutes(row).format(MINUTES))
				.append(",E0101,440304\n");
		}
		importFile(file.toString(), "").andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(rows));

		Map<String, OffsetDateTime> reported = new HashMap<>();
		jdbc.sql("SELECT external_id, reported_at FROM casework_case WHERE external_id LIKE 'HL-%'")
			.query(result -> {
				reported.put(result.getString(1), result.getObject(2, OffsetDateTime.class));
			});
		assertThat(reported).hasSize(rows);
		for (int row = 0; row < rows; row++) {
			assertThat(Duration.between(reported.get("HL-0"), reported.get("HL-" + row)))
				.isEqualTo(Duration.ofMinutes(row));
		}
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM casework_timeline t JOIN casework_case c ON c.id = t.case_id
				WHERE c.external_id LIKE 'HL-%'""").query(Long.class).single()).isEqualTo(rows);
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM casework_timeline t JOIN casework_case c ON c.id = t.case_id
				WHERE c.external_id LIKE 'HL-%' AND t.comment LIKE CONCAT('%外部编号 ', c.external_id, '，文件第 ',
					CAST(CAST(SUBSTRING(c.external_id, 4) AS INTEGER) + 2 AS VARCHAR(10)), ' 行')""")
			.query(Long.class)
			.single()).as("each entry names its own case's external id and line").isEqualTo(rows);
	}

	@Test
	void refusesTheWholeFileWithTheLineOfABadDateAndStoresNothing() throws Exception {
		importFile(HEADER + "HB-1,2024-05-06 09:00,,,,,,E0101,,,,440304,\n"
				+ "HB-2,2024-02-30 09:00,,,,,,E0101,,,,440304,\n"
				+ "HB-3,2024-05-06 09:00,2024-05-06 08:00,,,,,E0101,,,,440304,\n", "")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(startsWith("2 of 3 rows are invalid; nothing was stored")))
			.andExpect(jsonPath("$.errors[0].field").value("line 3"))
			.andExpect(jsonPath("$.errors[0].message").value(startsWith("reportedAt: '2024-02-30 09:00' is not a "
					+ "date-time")))
			.andExpect(jsonPath("$.errors[1].field").value("line 4"))
			.andExpect(jsonPath("$.errors[1].message").value(startsWith("filedAt: before reportedAt")));
		assertThat(stored("HB-")).isZero();
	}

	@Test
	void storesTheValidRowsOfAPartialImportAndReportsTheOthers() throws Exception {
		importFile(HEADER + "HP-1,2024-06-03 09:00,,,,,,E0101,,,,440304,\n"
				+ "HP-2,2024-06-03 09:00,,,,,,E0101,,120.0,30.0,,\n"
				+ "HP-3,2024-06-03 10:00,,,,,,E0101,,,,440304,\n"
				+ "HP-1,2024-06-03 11:00,,,,,,E0101,,,,440304,\n", "?partial=true")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(4))
			.andExpect(jsonPath("$.imported").value(2))
			.andExpect(jsonPath("$.invalid").value(2))
			.andExpect(jsonPath("$.errors[0].field").value("line 3"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("outside every region of the platform")))
			.andExpect(jsonPath("$.errors[1].field").value("line 5"))
			.andExpect(jsonPath("$.errors[1].message").value("externalId: 'HP-1' is already on line 2"));
		assertThat(stored("HP-")).isEqualTo(2);
	}

	@Test
	void readsColumnsWithOtherNamesThroughTheMapping() throws Exception {
		String file = "案卷编号,发现时间,问题小类,所在区,办结时间\nHM-1,2024-07-01 09:00,E0101,440304,2024-07-01 11:00\n";
		importFile(file, "?externalId=案卷编号&reportedAt=发现时间&category=问题小类&region=所在区&closedAt=办结时间")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1));
		assertThat(cases.find(idOf("HM-1")).orElseThrow().stage()).isEqualTo(CaseStage.CLOSED);
	}

	@Test
	void refusesAFileWithoutTheRequiredColumnsOrThatIsNotUtf8() throws Exception {
		importFile("externalId,category,region\nHC-1,E0101,440304\n", "")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reportedAt"));
		mvc.perform(post("/api/admin/cases/history-import").with(csrf())
			.contentType(CSV)
			.content((HEADER + "HG-1,2024-08-01 09:00,,,,,,E0101,,,,440304,满意\n").getBytes(Charset.forName("GBK"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("the file is not UTF-8 text"));
		assertThat(stored("HC-") + stored("HG-")).isZero();
	}

	@Test
	void documentsTheColumnsAndTheCsvBodyInTheApiDescription() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/admin/cases/history-import'].post.description")
				.value(containsString("`externalId` (required")))
			.andExpect(jsonPath("$.paths['/api/admin/cases/history-import'].post.requestBody.content['text/csv']")
				.exists());
	}

	@Test
	void answersConflictAndStoresNothingWhenAnotherImportStoresTheSameCaseMeanwhile() throws Exception {
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Thread other = new Thread(() -> transactions.executeWithoutResult(status -> {
			history.run(new ByteArrayInputStream((HEADER + "HY-2,2024-03-04 10:00,,,,,,E0101,,,,440304,\n")
				.getBytes(StandardCharsets.UTF_8)), Map.of(), false, ADMIN);
			held.countDown();
			awaitQuietly(release);
		}));
		other.start();
		assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
		CompletableFuture.runAsync(release::countDown, CompletableFuture.delayedExecutor(3, TimeUnit.SECONDS));

		importFile(HEADER + "HY-1,2024-03-04 09:00,,,,,,E0101,,,,440304,\n"
				+ "HY-2,2024-03-04 10:00,,,,,,E0101,,,,440304,\n", "")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(startsWith("Another import stored some of these cases")));
		other.join();
		assertThat(stored("HY-1")).isZero();
		assertThat(stored("HY-2")).isOne();
	}

	@Test
	void refusesRowsOutsideTheImportingAdministratorsDataScopeAndStoresNothing() {
		Importer futianAdmin = new Importer(ADMIN.actor(), RegionCode.of("440304"));
		String file = HEADER + "HS-1,2024-03-04 09:00,,,,,,E0101,,,,440304,\n"
				+ "HS-2,2024-03-04 10:00,,,,,,E0101,,,,440303,\n";

		assertThatThrownBy(() -> history.run(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
				Map.of(), false, futianAdmin))
			.isInstanceOf(RejectedImportException.class)
			.satisfies(refused -> assertThat(((RejectedImportException) refused).violations())
				.singleElement()
				.satisfies(violation -> {
					assertThat(violation.field()).isEqualTo("line 3");
					assertThat(violation.message()).contains("440303", "outside your data scope 440304");
				}));
		assertThat(stored("HS-")).isZero();

		ImportReport inScope = history.run(new ByteArrayInputStream((HEADER
				+ "HS-1,2024-03-04 09:00,,,,,,E0101,,,,440304,\n").getBytes(StandardCharsets.UTF_8)), Map.of(), false,
				futianAdmin);
		assertThat(inScope.imported()).isOne();
	}

	@Test
	@WithDemoUser("handler")
	void refusesCallersWhoAreNotAdministrators() throws Exception {
		importFile(HEADER + "HX-1,2024-03-04 09:00,,,,,,E0101,,,,440304,\n", "").andExpect(status().isForbidden());
		assertThat(stored("HX-")).isZero();
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private ResultActions importFile(String csv, String query) throws Exception {
		return mvc.perform(post("/api/admin/cases/history-import" + query).with(csrf())
			.contentType(CSV)
			.content(csv.getBytes(StandardCharsets.UTF_8)));
	}

	private CaseId idOf(String externalId) {
		return new CaseId(jdbc.sql("SELECT id FROM casework_case WHERE external_id = ? AND imported = TRUE")
			.param(externalId)
			.query(Long.class)
			.single());
	}

	private long stored(String prefix) {
		return jdbc.sql("SELECT COUNT(*) FROM casework_case WHERE external_id LIKE ?")
			.param(prefix + "%")
			.query(Long.class)
			.single();
	}
}
