package org.tongguan.calendar.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the official special days in {@code calendar_special_day}. */
@Repository
class SpecialDayRepository {

	private static final String COLUMNS = "SELECT special_date, kind, name FROM calendar_special_day ";

	private final JdbcClient jdbc;

	SpecialDayRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean isEmpty() {
		return jdbc.sql("SELECT COUNT(*) FROM calendar_special_day").query(Long.class).single() == 0;
	}

	List<SpecialDay> findAll() {
		return jdbc.sql(COLUMNS + "ORDER BY special_date").query(SpecialDayRepository::map).list();
	}

	List<SpecialDay> findYear(int year) {
		return jdbc.sql(COLUMNS + "WHERE special_date >= :first AND special_date < :next ORDER BY special_date")
			.param("first", LocalDate.of(year, 1, 1))
			.param("next", LocalDate.of(year + 1, 1, 1))
			.query(SpecialDayRepository::map)
			.list();
	}

	/** Deletes every special day of the given years and stores the given days instead. */
	void replaceYears(List<Integer> years, List<SpecialDay> days, Instant importedAt) {
		for (int year : years) {
			jdbc.sql("DELETE FROM calendar_special_day WHERE special_date >= :first AND special_date < :next")
				.param("first", LocalDate.of(year, 1, 1))
				.param("next", LocalDate.of(year + 1, 1, 1))
				.update();
		}
		OffsetDateTime at = importedAt.atOffset(ZoneOffset.UTC);
		for (SpecialDay day : days) {
			jdbc.sql("INSERT INTO calendar_special_day (special_date, kind, name, imported_at) "
					+ "VALUES (:date, :kind, :name, :at)")
				.param("date", day.date())
				.param("kind", day.kind().name())
				.param("name", day.name())
				.param("at", at)
				.update();
		}
	}

	private static SpecialDay map(ResultSet row, int number) throws SQLException {
		return new SpecialDay(row.getObject("special_date", LocalDate.class),
				SpecialDay.Kind.valueOf(row.getString("kind")), row.getString("name"));
	}
}
