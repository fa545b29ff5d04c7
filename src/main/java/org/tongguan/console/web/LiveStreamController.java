package org.tongguan.console.web;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.tongguan.console.live.LiveStream;
import org.tongguan.console.live.LiveStreamProperties;
import org.tongguan.identity.Callers;
import org.tongguan.shared.TooManyRequestsException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/** 实时推送 — the console's live stream of case and alarm changes, as server-sent events. */
@RestController
@RequestMapping("/api/console")
@Tag(name = "Console (控制台)")
class LiveStreamController {

	private final Callers callers;

	private final LiveStream stream;

	private final LiveStreamProperties properties;

	LiveStreamController(Callers callers, LiveStream stream, LiveStreamProperties properties) {
		this.callers = callers;
		this.stream = stream;
		this.properties = properties;
	}

	@GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@PreAuthorize("hasAnyRole('OPERATOR', 'SHIFT_LEAD', 'DISPATCHER', 'HANDLER', 'INSPECTOR', 'LEADER', 'ADMIN')")
	@Operation(summary = "Live changes of cases and alarms (实时推送)", description = """
			A server-sent event stream (`text/event-stream`, for the browser's `EventSource`) of what changes within \
			the caller's data scope, as it happens: event `hello` first (`{"heartbeatSeconds": 15}`), then `case` \
			for every change of a case in scope (reported, accepted, filed, dispatched, returned, extension or \
			suspension requested, handled, closed …; the case as it is then, no reporter, personal data masked) \
			and `alarm` for sensor alarms raised, changed and cleared (only for dispatchers, operators, shift leads, \
			leaders and administrators, who read alarms). A comment line `: heartbeat` comes every 15 seconds. A \
			browser that falls 256 events behind is disconnected, and the stream ends with the session (logout) \
			and after 30 minutes; `EventSource` reconnects by itself. Every role of a person may call it; external \
			systems (API keys) have no console.""")
	@ApiResponse(responseCode = "200", description = "The stream", content = @Content(
			mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(type = "string", example = """
					event:hello
					data:{"heartbeatSeconds":15}

					id:42
					event:case
					data:{"change":"FILED","id":1017,"number":"20261207000017","stage":"FILED","district":"440304"}

					:heartbeat
					""")))
	@ApiResponse(responseCode = "429", description = "The platform holds as many streams as it allows "
			+ "(tongguan.console.stream.max-connections); retry after the seconds in Retry-After")
	SseEmitter stream(HttpServletRequest request, HttpServletResponse response) {
		HttpSession session = request.getSession(false);
		SseEmitter emitter = new SseEmitter(properties.timeout().toMillis());
		LiveStream.Connection connection = stream
			.open(callers.current(), session == null ? null : session.getId(), new SseSink(emitter))
			.orElseThrow(() -> new TooManyRequestsException(properties.heartbeat().toSeconds()));
		emitter.onCompletion(connection::close);
		emitter.onTimeout(connection::close);
		emitter.onError(failure -> connection.close());
		response.setHeader("X-Accel-Buffering", "no");
		response.setHeader("Cache-Control", "no-store");
		connection.send("hello", "{\"heartbeatSeconds\":" + properties.heartbeat().toSeconds() + "}");
		return emitter;
	}
}
