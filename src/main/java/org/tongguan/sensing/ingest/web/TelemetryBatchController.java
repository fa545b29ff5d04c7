package org.tongguan.sensing.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.identity.PublicPaths;
import org.tongguan.sensing.device.DeviceDirectory;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.ingest.BatchOutcome;
import org.tongguan.sensing.ingest.ElementOutcome;
import org.tongguan.sensing.ingest.IngestionPipeline;
import org.tongguan.sensing.ingest.Rejection;
import org.tongguan.sensing.ingest.TelemetryProperties;
import org.tongguan.shared.Violation;
import org.tongguan.shared.web.Problems;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * HTTP telemetry (HTTP 接入) for devices without MQTT: a JSON array of messages ({@code ts}, {@code values}) per
 * request, authenticated by the device's secret in {@code X-Device-Token}, without a user login. Each element is
 * validated on its own; the answer, sent once the accepted ones are stored, says what became of each. The device's
 * rate budget is the one its MQTT messages use (one request counts as one message).
 */
@RestController
@Tag(name = "Sensing: telemetry (遥测)")
class TelemetryBatchController {

	static final String PATH = "/api/sensing/devices/{code}/telemetry";

	private static final String BAD_LOGIN = "Unknown device or wrong X-Device-Token";

	private final DeviceDirectory directory;

	private final IngestionPipeline ingestion;

	private final int maxBytes;

	TelemetryBatchController(DeviceDirectory directory, IngestionPipeline ingestion, TelemetryProperties properties) {
		this.directory = directory;
		this.ingestion = ingestion;
		this.maxBytes = (int) Math.min(Integer.MAX_VALUE - 1, properties.maxPayloadSize().toBytes());
	}

	@PostMapping(PATH)
	@Operation(summary = "Send readings over HTTP (HTTP 接入)", description = """
			A device without MQTT sends a JSON array of up to 100 messages, each with `ts` (ISO-8601 with offset, or epoch \
			milliseconds; the time of arrival when absent) and `values` (metric → number), authenticated by its own \
			secret in `X-Device-Token` (no user login). Each element is judged on its own; the answer, sent once the \
			accepted ones are stored, says what became of each. The device's rate budget is the one its MQTT \
			messages use (one request counts as one message).""")
	@ApiResponse(responseCode = "200", description = "What became of each element", content = @Content(
			schema = @Schema(implementation = BatchReceipt.class)))
	@ApiResponse(responseCode = "401", description = "Unknown device or wrong `X-Device-Token`")
	@ApiResponse(responseCode = "403", description = "The device is not ACTIVE (in maintenance or retired)")
	@ApiResponse(responseCode = "413", description = "The body is larger than the telemetry payload limit "
			+ "(16 KiB by default) or has more than 100 messages")
	@ApiResponse(responseCode = "429", description = "The device's message budget is used up; wait for "
			+ "`Retry-After`")
	@ApiResponse(responseCode = "503", description = "Ingestion is overloaded; wait for `Retry-After`")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
			mediaType = "application/json", array = @ArraySchema(schema = @Schema(type = "object",
					description = "a message: ts (optional) and values")), examples = @ExampleObject("""
					[{"ts": "2026-11-21T08:30:00+08:00", "values": {"waterLevel": 0.23}},
					 {"ts": 1763685060000, "values": {"waterLevel": 0.25, "rainfall": 3}}]""")))
	CompletableFuture<ResponseEntity<Object>> post(@PathVariable String code,
			@RequestHeader(name = "X-Device-Token", required = false) String token,
			InputStream body) throws IOException {
		RegisteredDevice device = directory.find(code).orElse(null);
		if (device == null || !directory.authenticate(device, token)) {
			ingestion.rejected(code, device == null ? Rejection.UNKNOWN_DEVICE : Rejection.BAD_CREDENTIALS);
			return CompletableFuture.completedFuture(ResponseEntity.status(HttpStatus.UNAUTHORIZED)
				.body(Problems.of(HttpStatus.UNAUTHORIZED, "Unauthorized", BAD_LOGIN)));
		}
		// One byte past the limit is enough to reject the body as oversize without reading all of it.
		return ingestion.acceptBatch(device, body.readNBytes(maxBytes + 1)).thenApply(TelemetryBatchController::answer);
	}

	private static ResponseEntity<Object> answer(BatchOutcome outcome) {
		if (outcome.rejection() == null) {
			return ResponseEntity.ok(BatchReceipt.of(outcome.elements()));
		}
		String detail = outcome.detail();
		return switch (outcome.rejection()) {
			case MALFORMED_JSON -> ResponseEntity.badRequest()
				.body(Problems.invalid("The body is not a JSON array of messages", List.of(new Violation("body",
						detail))));
			case OVERSIZE -> problem(HttpStatus.CONTENT_TOO_LARGE, "Too large", detail);
			case DEVICE_NOT_ACTIVE -> problem(HttpStatus.FORBIDDEN, "Device not active", detail);
			case RATE_LIMITED -> retryAfter(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", detail);
			default -> retryAfter(HttpStatus.SERVICE_UNAVAILABLE, "Overloaded", detail);
		};
	}

	private static ResponseEntity<Object> problem(HttpStatus status, String title, String detail) {
		return ResponseEntity.status(status).body(Problems.of(status, title, detail));
	}

	private static ResponseEntity<Object> retryAfter(HttpStatus status, String title, String detail) {
		return ResponseEntity.status(status).header(HttpHeaders.RETRY_AFTER, "1")
			.body(Problems.of(status, title, detail));
	}

	/**
	 * What became of a batch.
	 *
	 * @param accepted how many elements are stored
	 * @param rejected how many were rejected
	 * @param results one per element, in the order of the batch
	 */
	record BatchReceipt(long accepted, long rejected, List<ElementResult> results) {

		static BatchReceipt of(List<ElementOutcome> elements) {
			long accepted = elements.stream().filter(ElementOutcome::accepted).count();
			return new BatchReceipt(accepted, elements.size() - accepted, elements.stream()
				.map(element -> new ElementResult(element.index(), element.accepted(), element.rejection(),
						element.detail()))
				.toList());
		}
	}

	/**
	 * What became of one element.
	 *
	 * @param index its position in the batch, from 0
	 * @param accepted whether it is stored
	 * @param reason why it was rejected
	 * @param detail what was wrong
	 */
	record ElementResult(int index, boolean accepted, Rejection reason, String detail) {
	}

	/** Opens the endpoint to devices, which have no user login. */
	@Configuration(proxyBeanMethods = false)
	static class DeviceTelemetryPath {

		@Bean
		PublicPaths deviceTelemetry() {
			return new PublicPaths("Device telemetry over HTTP (X-Device-Token)", List.of(PATH.replace("{code}", "*")));
		}
	}
}
