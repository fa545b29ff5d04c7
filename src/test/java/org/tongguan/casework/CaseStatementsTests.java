package org.tongguan.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongguan.casework.CaseApi.body;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongguan.support.TestClock;

/**
 * How often one intake and one action read and write the case row ({@code casework_case}), counted from the SQL the
 * platform's JDBC template runs on the request's thread during one HTTP request (the console's live feed reads the
 * case after commit on its own worker).
 */
@CaseworkTest
class CaseStatementsTests {

	private static final Pattern CASE_ROW = Pattern.compile("\\bcasework_case\\b", Pattern.CASE_INSENSITIVE);

	@Autowired
	CaseApi api;

	@Autowired
	TestClock clock;

	private final Logger jdbcLog = (Logger) LoggerFactory.getLogger(JdbcTemplate.class);

	private final ListAppender<ILoggingEvent> statements = new ListAppender<>();

	private Level level;

	@BeforeEach
	void listen() {
		clock.set(TestClock.MONDAY_MORNING);
		level = jdbcLog.getLevel();
		jdbcLog.setLevel(Level.DEBUG);
		statements.start();
		jdbcLog.addAppender(statements);
	}

	@AfterEach
	void stopListening() {
		jdbcLog.detachAppender(statements);
		jdbcLog.setLevel(level);
	}

	@Test
	void anIntakeInsertsTheCaseAndWritesItOnceMore() throws Exception {
		forget();
		api.reported(api.as("operator"), api.report("E0105", "人行道旁有人焚烧垃圾"));
		Map<String, Long> counted = counted();
		System.out.println("STATEMENTS intake " + counted);
		assertThat(counted.get("INSERT")).isEqualTo(1);
		assertThat(counted.get("UPDATE")).isLessThanOrEqualTo(1);
	}

	@Test
	void filingThatDispatchesAutomaticallyReadsTheCaseOnceAndWritesItOnce() throws Exception {
		long id = api.reported(api.as("operator"), api.report("E0105", "人行道旁有人焚烧垃圾"));
		api.done(api.as("operator"), id, "accept", body());
		forget();
		api.act(api.as("operator"), id, "file", body());
		Map<String, Long> counted = counted();
		System.out.println("STATEMENTS file+dispatch " + counted);
		assertThat(counted.get("UPDATE")).isLessThanOrEqualTo(1);
	}

	@Test
	void aDispatcherDispatchingReadsTheCaseOnceAndWritesItOnce() throws Exception {
		long id = api.reported(api.as("operator"), api.report("E0105", "人行道旁有人焚烧垃圾"));
		api.done(api.as("operator"), id, "accept", body());
		api.done(api.as("operator"), id, "file", body("dispatchManually", true));
		forget();
		api.done(api.as("dispatcher"), id, "dispatch", body("department", "440304-CHENGGUAN"));
		Map<String, Long> counted = counted();
		System.out.println("STATEMENTS manual dispatch " + counted);
		assertThat(counted.get("UPDATE")).isLessThanOrEqualTo(1);
	}

	/** Forgets the statements logged so far; the appender's lock keeps other threads' logging out meanwhile. */
	private void forget() {
		synchronized (statements) {
			statements.list.clear();
		}
	}

	private Map<String, Long> counted() {
		String thread = Thread.currentThread().getName();
		List<ILoggingEvent> logged;
		synchronized (statements) {
			// other threads (the statistics fold, the live feed) log into the same list while the test reads it
			logged = List.copyOf(statements.list);
		}
		List<String> sql = logged.stream()
			.filter(event -> event.getThreadName().equals(thread))
			.map(ILoggingEvent::getFormattedMessage)
			.filter(message -> CASE_ROW.matcher(message).find())
			.toList();
		sql.forEach(statement -> System.out.println("STATEMENT " + statement));
		return Map.of("SELECT", count(sql, "SELECT"), "UPDATE", count(sql, "UPDATE"), "INSERT", count(sql, "INSERT"));
	}

	private static long count(List<String> sql, String verb) {
		return sql.stream().filter(statement -> statement.replaceFirst("^[^\\[]*\\[\\s*", "").startsWith(verb)).count();
	}
}
