package org.tongguan.bench.crash;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.tongguan.bench.load.DemoCity;
import org.tongguan.bench.load.PlatformClient;

/**
 * One crash round: starts the platform on a site, dispatches a {@link ProbeCase}, reports cases with concurrent
 * clients (each report with its own Idempotency-Key), kills the JVM with SIGKILL in the middle of that intake,
 * restarts it on the same data with its clock past the probe case's first warning, and checks that no acknowledged
 * case is missing, that re-sending every report (acknowledged or in flight) with its key makes no second case, that
 * the probe case's deadline timer fires and that the case can still be handled, verified and closed.
 */
public final class CrashRound {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

	private static final Duration TIMER_TIMEOUT = Duration.ofSeconds(60);

	private final PlatformSite site;

	private final int clients;

	private final Duration intakeBeforeKill;

	/**
	 * A round on a site.
	 *
	 * @param site where the platform runs, the same before and after the crash
	 * @param clients how many clients report at once
	 * @param intakeBeforeKill how long they report before the kill
	 */
	public CrashRound(PlatformSite site, int clients, Duration intakeBeforeKill) {
		this.site = site;
		this.clients = clients;
		this.intakeBeforeKill = intakeBeforeKill;
	}

	/** Runs the round; the platform is stopped at the end. */
	public CrashOutcome run() throws IOException, InterruptedException {
		PlatformProcess platform = PlatformProcess.start(site, Duration.ZERO, START_TIMEOUT);
		ProbeCase probe;
		IntakeLedger ledger = new IntakeLedger();
		try {
			probe = ProbeCase.dispatch(platform.base());
			intakeUntilKilled(platform, ledger);
		}
		finally {
			platform.kill();
		}
		long started = System.nanoTime();
		PlatformProcess restarted = PlatformProcess.start(site, probe.clockAheadToFirstAlarm(), START_TIMEOUT);
		Duration restart = Duration.ofNanos(System.nanoTime() - started);
		try {
			URI base = restarted.base();
			Resent resent = resend(base, ledger);
			long cases = PlatformClient.signIn(base, "leader", "tongguan-demo").get("/api/cases?size=1")
				.path("total")
				.asLong();
			boolean timerFired = probe.alarmFired(base, TIMER_TIMEOUT);
			boolean probeClosed = probe.closes(base);
			// Every case there is: the probe and one per idempotency key, nothing more.
			long duplicates = cases - 1 - resent.distinctCases();
			return new CrashOutcome(ledger.reports().size(), ledger.acknowledgedCount(), resent.missing(),
					resent.committedUnanswered(), duplicates + resent.sharedCases(), resent.failed(), timerFired,
					probeClosed, restart);
		}
		finally {
			restarted.stop();
		}
	}

	private void intakeUntilKilled(PlatformProcess platform, IntakeLedger ledger)
			throws IOException, InterruptedException {
		PlatformClient operator = PlatformClient.signIn(platform.base(), "operator", "tongguan-demo");
		DemoCity city = DemoCity.read(operator);
		AtomicBoolean killed = new AtomicBoolean();
		ExecutorService reporters = Executors.newFixedThreadPool(clients);
		for (int i = 0; i < clients; i++) {
			reporters.execute(() -> {
				while (!killed.get()) {
					String key = UUID.randomUUID().toString();
					String body = city.randomReport();
					ledger.sending(key, body);
					try {
						HttpResponse<String> answer = operator.post("/api/cases", body, key);
						if (answer.statusCode() == 201) {
							ledger.acknowledged(key, PlatformClient.JSON.readTree(answer.body()).path("id").asLong());
						}
					}
					catch (IOException | RuntimeException lost) {
						// the platform died with the report in flight
					}
					catch (InterruptedException e) {
						Thread.currentThread().interrupt();
						return;
					}
				}
			});
		}
		Thread.sleep(intakeBeforeKill.toMillis());
		platform.kill();
		killed.set(true);
		reporters.shutdown();
		if (!reporters.awaitTermination(1, TimeUnit.MINUTES)) {
			throw new IOException("Reporters still running a minute after the kill");
		}
	}

	/** Sends every report again with its key: an acknowledged one must answer 200 with its case, never 201. */
	private static Resent resend(URI base, IntakeLedger ledger) throws IOException, InterruptedException {
		PlatformClient operator = PlatformClient.signIn(base, "operator", "tongguan-demo");
		int missing = 0;
		int committedUnanswered = 0;
		int sharedCases = 0;
		int failed = 0;
		Set<Long> cases = new HashSet<>();
		for (Map.Entry<String, IntakeLedger.Report> sent : ledger.reports().entrySet()) {
			IntakeLedger.Report report = sent.getValue();
			HttpResponse<String> answer = operator.post("/api/cases", report.body(), sent.getKey());
			if (answer.statusCode() != 200 && answer.statusCode() != 201) {
				failed++;
				continue;
			}
			long id = PlatformClient.JSON.readTree(answer.body()).path("id").asLong();
			if (!cases.add(id)) {
				sharedCases++;
			}
			if (report.acknowledged() && (answer.statusCode() == 201 || id != report.caseId())) {
				missing++;
			}
			if (!report.acknowledged() && answer.statusCode() == 200) {
				committedUnanswered++;
			}
		}
		return new Resent(missing, committedUnanswered, sharedCases, cases.size(), failed);
	}

	private record Resent(int missing, int committedUnanswered, int sharedCases, int distinctCases, int failed) {
	}
}
