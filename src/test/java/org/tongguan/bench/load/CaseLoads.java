package org.tongguan.bench.load;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.NoSuchElementException;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;

/**
 * The closed-loop scenarios on cases: sustained intake (上报 — validated, located, duplicate-checked, stored, workflow
 * started, answered 201 after the commit) and dispatch (受理 + 立案, which dispatches by the rules with a deadline).
 */
final class CaseLoads {

	private static final Duration NO_WARMUP = Duration.ZERO;

	private final PlatformClient client;

	private final DemoCity city;

	CaseLoads(PlatformClient client, DemoCity city) {
		this.client = client;
		this.city = city;
	}

	/** New reports from {@code clients} concurrent clients, each with its own idempotency key. */
	Result intake(int clients, Duration warmup, Duration measure) throws InterruptedException {
		return ClosedLoop.run("intake, " + clients + " clients", clients, warmup, measure, () -> {
			HttpResponse<String> answer = report();
			return answer.statusCode() == 201 ? null : "HTTP " + answer.statusCode();
		});
	}

	/**
	 * Reports {@code count} cases (the set-up of {@link #dispatch}), then accepts and files them with {@code clients}
	 * concurrent clients; a case counts when filing answers it in handling (派遣 done) with an overall due time.
	 * Answers the set-up's result and the dispatch result.
	 */
	Result[] dispatch(int count, int clients, Duration warmup, Duration measure) throws InterruptedException {
		Queue<Long> reported = new ConcurrentLinkedQueue<>();
		AtomicInteger left = new AtomicInteger(count);
		Result setUp = ClosedLoop.run("dispatch set-up: report", clients, NO_WARMUP, Duration.ofHours(1), () -> {
			if (left.getAndDecrement() <= 0) {
				throw new NoSuchElementException();
			}
			HttpResponse<String> answer = report();
			if (answer.statusCode() != 201) {
				return "HTTP " + answer.statusCode();
			}
			reported.add(PlatformClient.JSON.readTree(answer.body()).path("id").asLong());
			return null;
		});
		Result dispatched = ClosedLoop.run("accept + file -> dispatched, " + clients + " clients", clients, warmup,
				measure, () -> {
					long id = reported.remove();
					HttpResponse<String> accepted = client.post("/api/cases/" + id + "/accept", "{}", null);
					if (accepted.statusCode() != 200) {
						return "accept HTTP " + accepted.statusCode();
					}
					HttpResponse<String> filed = client.post("/api/cases/" + id + "/file", "{}", null);
					if (filed.statusCode() != 200) {
						return "file HTTP " + filed.statusCode();
					}
					JsonNode view = PlatformClient.JSON.readTree(filed.body());
					String stage = view.path("stage").path("code").asString();
					if (!"HANDLING".equals(stage) || view.path("milestones").path("dispatched").isMissingNode()
							|| view.path("deadline").path("dueAt").isMissingNode()) {
						return "not dispatched: " + stage;
					}
					return null;
				});
		return new Result[] { setUp, dispatched };
	}

	private HttpResponse<String> report() throws Exception {
		return client.post("/api/cases", city.randomReport(), UUID.randomUUID().toString());
	}
}
