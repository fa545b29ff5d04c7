package org.tongguan.console.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.tongguan.console.live.LiveSink;

/** A live stream connection written as server-sent events ({@code text/event-stream}) through Spring MVC. */
final class SseSink implements LiveSink {

	private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

	private final SseEmitter emitter;

	SseSink(SseEmitter emitter) {
		this.emitter = emitter;
	}

	@Override
	public void event(long id, String name, String json) throws IOException {
		SseEmitter.SseEventBuilder event = SseEmitter.event().name(name).data(json, TEXT);
		emitter.send(id > 0 ? event.id(Long.toString(id)) : event);
	}

	@Override
	public void comment(String text) throws IOException {
		emitter.send(SseEmitter.event().comment(text));
	}

	@Override
	public void close() {
		emitter.complete();
	}
}
