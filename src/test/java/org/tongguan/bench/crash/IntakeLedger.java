package org.tongguan.bench.crash;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every report a crash round sent, by idempotency key: its body, and the case id when the platform acknowledged it
 * with 201. A report without an id was in flight when the platform died (or answered with an error).
 */
final class IntakeLedger {

	private final Map<String, Report> reports = new ConcurrentHashMap<>();

	/** Notes a report about to be sent. */
	void sending(String key, String body) {
		reports.put(key, new Report(body, null));
	}

	/** Notes the case the platform acknowledged a report with. */
	void acknowledged(String key, long caseId) {
		reports.computeIfPresent(key, (k, report) -> new Report(report.body(), caseId));
	}

	/** Every report sent, by idempotency key. */
	Map<String, Report> reports() {
		return Map.copyOf(reports);
	}

	/** How many reports the platform acknowledged with 201. */
	long acknowledgedCount() {
		return reports.values().stream().filter(Report::acknowledged).count();
	}

	/**
	 * A report sent.
	 *
	 * @param body the JSON body
	 * @param caseId the case the 201 named, {@code null} when none came
	 */
	record Report(String body, Long caseId) {

		boolean acknowledged() {
			return caseId != null;
		}
	}
}
