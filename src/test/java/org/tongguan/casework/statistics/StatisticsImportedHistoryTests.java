package org.tongguan.casework.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongguan.casework.statistics.StatisticsAgreement.APRIL_1;
import static org.tongguan.casework.statistics.StatisticsAgreement.FEBRUARY_TO_APRIL;
import static org.tongguan.casework.statistics.StatisticsAgreement.MARCH;
import static org.tongguan.casework.statistics.StatisticsAgreement.MARCH_31;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongguan.calendar.WorkingCalendar;
import org.tongguan.casework.CaseApi;
import org.tongguan.casework.CaseworkTest;
import org.tongguan.casework.history.HistoryImport;
import org.tongguan.casework.history.ImportReport;
import org.tongguan.casework.history.Importer;
import org.tongguan.casework.statistics.RawCaseFigures.CaseFigures;
import org.tongguan.casework.statistics.StatisticsAgreement.Period;
import org.tongguan.casework.timeline.Actor;
import org.tongguan.identity.Role;
import org.tongguan.region.RegionCode;


/**
 * Imported history (历史导入) — backlog still open (历史积案) and closed cases, late across months, closed a second
 * before midnight or exactly at the due time, without a filing time, voided — counts exactly like a computation from
 * the raw cases, in every grouping and period, and each row contributes what the definitions say; a run of periods
 * read together (a backfill of computed indicators) answers what each period read alone does.
 */
@CaseworkTest
class StatisticsImportedHistoryTests {

	private static final String HEADER = "externalId,reportedAt,acceptedAt,filedAt,dispatchedAt,closedAt,evaluatedAt,"
			+ "dueAt,category,department,longitude,latitude,region,stage,satisfaction,dispatchCount,returnCount,"
			+ "reworkCount\n";

	/** LATE: filed Thursday 27 February 09:10, closed Monday 3 March 10:00 — 6 h 50 + 7 h + 1 h of working time. */
	private static final long LATE_WORKING = (14 * 60 + 50) * 60L;

	/** LATE: four days and 50 minutes. */
	private static final long LATE_CALENDAR = (96 * 60 + 50) * 60L;

	@Autowired
	CaseApi api;

	@Autowired
	HistoryImport history;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	StatisticsAgreement statistics;

	@Autowired
	CaseStatistics statisticsOf;

	@Test
	void importedBacklogAndImportedClosedCasesCountExactlyFromTheMomentTheyAreImported() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		double[] point = api.freshPoint();
		String at = point[0] + "," + point[1] + ",";
		String csv = HEADER
				+ row(run, "OPEN", "2025-03-10 09:00,,2025-03-10 09:10,2025-03-10 09:20,,,2025-03-12 18:00,E0101,"
						+ "440304-CHENGGUAN," + at + ",HANDLING,,2,1,")
				+ row(run, "ACCEPTED", "2025-03-28 16:00,2025-03-28 16:30,,,,,,E0101,,,,440304,ACCEPTED,,,,")
				+ row(run, "UNFILED", "2025-03-11 09:00,2025-03-11 09:30,,,2025-03-11 15:00,2025-03-11 16:00,,E0101,"
						+ ",,,440304,,满意,,,")
				+ row(run, "LATE", "2025-02-27 09:00,,2025-02-27 09:10,2025-02-27 09:20,2025-03-03 10:00,,"
						+ "2025-02-28 18:00,E0105,440304-CHENGGUAN," + at + ",,,,,1")
				+ row(run, "EARLY", "2025-03-31 20:00,,2025-03-31 20:10,,2025-03-31 23:59:59,2025-04-01 09:00,"
						+ "2025-04-01 00:00,E0101,," + at + ",,不满意,,,")
				+ row(run, "AT-DUE", "2025-03-31 20:00,,2025-03-31 20:10,,2025-04-01 00:00:00,,2025-04-01 00:00,E0101,"
						+ ",,,440304,,,,,")
				+ row(run, "NIGHT", "2025-03-15 22:00,,2025-03-15 22:05,,2025-03-16 01:05,,,E0301,,,,440304,,,,,")
				+ row(run, "VOID", "2025-03-12 09:00,,,,,,,E0101,,,,440304,VOIDED,,,,");
		ImportReport report = history.run(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), Map.of(),
				false, new Importer(new Actor("admin", "系统管理员", Role.ADMIN), RegionCode.PLATFORM));
		assertThat(report.errors()).isEmpty();
		assertThat(report.imported()).isEqualTo(8);
		assertThat(report.backlog()).isEqualTo(2);

		statistics.check(api.as("leader"), "440300");
		for (Map<String, String> filter : List.of(Map.of("district", CaseApi.FUTIAN, "category", "E0101"),
				Map.of("department", "440304-CHENGGUAN"), Map.of("category", "E0301"))) {
			statistics.check(api.as("leader"), "440300", filter, List.of(MARCH, FEBRUARY_TO_APRIL), GroupBy.COMMUNITY,
					GroupBy.GRID, GroupBy.DEPARTMENT, GroupBy.CATEGORY, GroupBy.CHANNEL);
		}

		RawCaseFigures reference = statistics.reference();
		assertThat(figures(reference, run, "OPEN", MARCH)).as("backlog due on 12 March, never closed")
			.isEqualTo(new CaseFigures(1, 1, 1, 0, 0, 0, 2, 1, 0, 0, null, null));
		assertThat(figures(reference, run, "ACCEPTED", MARCH)).as("backlog due by the category's limit")
			.isEqualTo(new CaseFigures(1, 0, 1, 0, 0, 0, 0, 0, 0, 0, null, null));
		assertThat(figures(reference, run, "UNFILED", MARCH)).as("handling counted from acceptance")
			.isEqualTo(new CaseFigures(1, 0, 1, 1, 1, 0, 0, 0, 1, 1, 12600L, 19800L));
		assertThat(figures(reference, run, "LATE", MARCH)).as("due in February, handled in March")
			.isEqualTo(new CaseFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, LATE_WORKING, LATE_CALENDAR));
		assertThat(figures(reference, run, "LATE", FEBRUARY_TO_APRIL)).as("closed late, counted where it was due")
			.isEqualTo(new CaseFigures(1, 1, 1, 1, 0, 1, 1, 0, 0, 0, LATE_WORKING, LATE_CALENDAR));
		assertThat(figures(reference, run, "NIGHT", MARCH)).as("round the clock: working time is all time")
			.isEqualTo(new CaseFigures(1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 10800L, 10800L));
		assertThat(figures(reference, run, "EARLY", MARCH_31)).as("closed a second before its due midnight")
			.isEqualTo(new CaseFigures(1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0L, 13799L));
		assertThat(figures(reference, run, "EARLY", APRIL_1)).as("only its callback counts the next day")
			.isEqualTo(new CaseFigures(0, 0, 0, 0, 0, 0, 0, 0, 1, 0, null, null));
		assertThat(figures(reference, run, "AT-DUE", APRIL_1)).as("closed exactly at its due time: on time")
			.isEqualTo(new CaseFigures(0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0L, 13800L));
		assertThat(figures(reference, run, "VOID", MARCH)).isEqualTo(
				new CaseFigures(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null));
	}

	@Test
	void periodsReadTogetherAnswerWhatEachReadAloneDoesLateClosuresAndMediansIncluded() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String csv = HEADER
				+ row(run, "LATE", "2025-02-26 09:00,,2025-02-26 09:10,2025-02-26 09:20,2025-03-04 10:00,,"
						+ "2025-02-27 18:00,E0105,440304-CHENGGUAN,,,440304001,,,1,,")
				+ row(run, "LATER", "2025-01-20 09:00,,2025-01-20 09:10,,2025-03-02 11:00,2025-03-03 09:00,"
						+ "2025-01-24 18:00,E0101,,,,440304,,满意,,,")
				+ row(run, "EARLY", "2025-02-27 09:00,,2025-02-27 09:10,,2025-02-27 15:00,,2025-03-01 18:00,E0101,"
						+ ",,,440304001,,,,,")
				+ row(run, "SAME-DAY", "2025-02-27 08:00,,2025-02-27 08:10,,2025-02-27 16:00,,2025-02-27 12:00,E0101,"
						+ ",,,440304001,,,,,")
				+ row(run, "SAME-MONTH", "2025-01-06 09:00,,2025-01-06 09:10,,2025-01-28 10:00,,2025-01-10 18:00,"
						+ "E0101,,,,440304,,,,,");
		assertThat(history.run(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), Map.of(), false,
				new Importer(new Actor("admin", "系统管理员", Role.ADMIN), RegionCode.PLATFORM)).imported()).isEqualTo(5);

		for (GroupBy groupBy : List.of(GroupBy.CHANNEL, GroupBy.DISTRICT, GroupBy.STREET, GroupBy.CATEGORY)) {
			for (RegionCode region : Arrays.asList(null, RegionCode.of("440304"), RegionCode.of("440304001"))) {
				if (groupBy != GroupBy.STREET && region != null && region.value().length() > 6) {
					continue;
				}
				List<StatisticsQuery> days = new ArrayList<>();
				for (LocalDate day = LocalDate.of(2025, 1, 20); day.isBefore(LocalDate.of(2025, 3, 8));
						day = day.plusDays(1)) {
					days.add(query(groupBy, region, day, day.plusDays(1)));
				}
				List<StatisticsQuery> months = new ArrayList<>();
				for (LocalDate month = LocalDate.of(2025, 1, 1); month.isBefore(LocalDate.of(2025, 5, 1));
						month = month.plusMonths(1)) {
					months.add(query(groupBy, region, month, month.plusMonths(1)));
				}
				for (List<StatisticsQuery> periods : List.of(days, months)) {
					assertThat(statisticsOf.reports(periods, RegionCode.PLATFORM)).as(groupBy + " " + region)
						.isEqualTo(periods.stream().map(query -> statisticsOf.report(query, RegionCode.PLATFORM))
							.toList());
				}
			}
		}
	}

	private static StatisticsQuery query(GroupBy groupBy, RegionCode region, LocalDate from, LocalDate to) {
		ZoneId city = ZoneId.of("Asia/Shanghai");
		return new StatisticsQuery(groupBy, from.atStartOfDay(city).toInstant(), to.atStartOfDay(city).toInstant(),
				region, null, null, true);
	}

	private CaseFigures figures(RawCaseFigures reference, String run, String row, Period period) {
		long id = jdbc.queryForObject("SELECT id FROM casework_case WHERE external_id = ?", Long.class,
				"EXACT-" + run + "-" + row);
		return reference.figures(id, statistics.instant(period.from()), statistics.instant(period.to()));
	}

	private static String row(String run, String name, String rest) {
		return "EXACT-" + run + "-" + name + "," + rest + "\n";
	}
}
