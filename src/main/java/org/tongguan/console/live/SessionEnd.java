package org.tongguan.console.live;

import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Ends a session's live streams when the session ends: at logout, or when it expires. */
@Component
class SessionEnd implements HttpSessionListener {

	private final LiveStream stream;

	SessionEnd(LiveStream stream) {
		this.stream = stream;
	}

	@Override
	public void sessionDestroyed(HttpSessionEvent event) {
		stream.endSession(event.getSession().getId());
	}
}
