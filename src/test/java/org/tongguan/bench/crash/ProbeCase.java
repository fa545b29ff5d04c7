package org.tongguan.bench.crash;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.tongguan.bench.load.PlatformClient;

import tools.jackson.databind.JsonNode;

/**
 * The case a crash round dispatches before the crash: a 露天焚烧 (E0105) report at the demo inspector's street,
 * accepted and filed, which dispatches it to 福田区城管局 with a deadline timer (a Flowable timer job) waiting for its
 * first warning (预警). After the restart its timer must still fire and it must still go through 处置 → 核查 → 结案
 * (without a reporter to call back, closing ends it).
 */
final class ProbeCase {

	private static final String PASSWORD = "tongguan-demo";

	private static final String REPORT = """
			{"category":"E0105","urgency":"NORMAL","longitude":114.0579,"latitude":22.5431,\
			"description":"崩溃测试：重启前派遣的露天焚烧"}""";

	private final long id;

	private final Instant firstAlarm;

	private ProbeCase(long id, Instant firstAlarm) {
		this.id = id;
		this.firstAlarm = firstAlarm;
	}

	/** Reports, accepts and files the case as the demo operator, and checks that it was dispatched. */
	static ProbeCase dispatch(URI base) throws IOException, InterruptedException {
		PlatformClient operator = PlatformClient.signIn(base, "operator", PASSWORD);
		long id = PlatformClient.JSON
			.readTree(expect(201, operator.post("/api/cases", REPORT, UUID.randomUUID().toString())).body())
			.path("id")
			.asLong();
		expect(200, operator.post("/api/cases/" + id + "/accept", "{}", null));
		HttpResponse<String> answer = expect(200, operator.post("/api/cases/" + id + "/file", "{}", null));
		JsonNode filed = PlatformClient.JSON.readTree(answer.body());
		if (!"HANDLING".equals(filed.path("stage").path("code").asString())) {
			throw new IOException("The probe case was not dispatched: " + filed);
		}
		Instant overall = Instant.parse(filed.path("deadline").path("warnAt").asString());
		Instant stage = Instant.parse(filed.path("stageDeadline").path("warnAt").asString());
		return new ProbeCase(id, overall.isBefore(stage) ? overall : stage);
	}

	long id() {
		return id;
	}

	/** How far a restarted platform's clock must run ahead for the case's first warning to be due at once. */
	Duration clockAheadToFirstAlarm() {
		Duration ahead = Duration.between(Instant.now(), firstAlarm).plusSeconds(1);
		return ahead.isNegative() ? Duration.ZERO : ahead;
	}

	/** Whether the deadline timer wrote the warning (预警) into the timeline within the timeout. */
	boolean alarmFired(URI base, Duration timeout) throws IOException, InterruptedException {
		PlatformClient leader = PlatformClient.signIn(base, "leader", PASSWORD);
		Instant end = Instant.now().plus(timeout);
		while (Instant.now().isBefore(end)) {
			for (JsonNode entry : leader.get("/api/cases/" + id + "/timeline")) {
				if ("WARN".equals(entry.path("action").path("code").asString())
						&& "system".equals(entry.path("actor").asString())
						&& !Instant.parse(entry.path("at").asString()).isBefore(firstAlarm)) {
					return true;
				}
			}
			Thread.sleep(500);
		}
		return false;
	}

	/** Handles, verifies and closes the case through the API; answers whether it ended closed. */
	boolean closes(URI base) throws IOException, InterruptedException {
		PlatformClient handler = PlatformClient.signIn(base, "handler", PASSWORD);
		expect(200, handler.post("/api/cases/" + id + "/handled", "{\"result\":\"已扑灭并清理残余物\"}", null));
		PlatformClient inspector = PlatformClient.signIn(base, "inspector", PASSWORD);
		String photo = PlatformClient.JSON.readTree(uploadPhoto(inspector).body()).path("id").asString();
		expect(200, inspector.post("/api/cases/" + id + "/verify",
				"{\"passed\":true,\"attachmentIds\":[\"" + photo + "\"]}", null));
		PlatformClient shiftLead = PlatformClient.signIn(base, "shiftlead", PASSWORD);
		expect(200, shiftLead.post("/api/cases/" + id + "/close", "{}", null));
		// a hotline case is called back; the probe's caller cannot be reached
		expect(200, shiftLead.post("/api/cases/" + id + "/callback/no-evaluation", "{\"reason\":\"NO_CONTACT\"}",
				null));
		return "CLOSED".equals(shiftLead.get("/api/cases/" + id).path("stage").path("code").asString());
	}

	private static HttpResponse<String> uploadPhoto(PlatformClient client) throws IOException, InterruptedException {
		BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 4, 0x33aa55);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		String boundary = "crash-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"role\"\r\n\r\nAFTER\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"after.png\"\r\n"
				+ "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(png.toByteArray());
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return expect(201, client.upload("/api/attachments", "multipart/form-data; boundary=" + boundary,
				HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private static HttpResponse<String> expect(int status, HttpResponse<String> answer) throws IOException {
		if (answer.statusCode() != status) {
			throw new IOException(answer.request().method() + " " + answer.request().uri() + ": HTTP "
					+ answer.statusCode() + " " + answer.body());
		}
		return answer;
	}
}
