package org.tongguan.console.live;

import java.io.IOException;

/** Where one connection's frames are written: a browser's server-sent event stream. */
public interface LiveSink {

	/** Writes an event with its id, name and JSON data. */
	void event(long id, String name, String json) throws IOException;

	/** Writes a comment line, which browsers ignore (a heartbeat that keeps proxies from closing the stream). */
	void comment(String text) throws IOException;

	/** Ends the stream; the browser reconnects by itself if it still wants it. */
	void close();
}
