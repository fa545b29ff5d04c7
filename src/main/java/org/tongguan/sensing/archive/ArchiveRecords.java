package org.tongguan.sensing.archive;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records (RFC 4180) from a stream one at a time, so an archive of any size is never held as text: a quoted
 * field may contain commas, doubled quotes and line breaks; LF, CRLF and CR end a record; a byte order mark and blank
 * lines are skipped. {@link #line()} is the line the last record started on (the header is line 1).
 */
final class ArchiveRecords {

	private static final int EOF = -1;

	private final Reader in;

	private final char[] chunk = new char[1 << 15];

	private int next;

	private int end;

	private int pushedBack = EOF - 1;

	private int lineNumber = 1;

	private int recordLine;

	ArchiveRecords(Reader in) {
		this.in = in;
	}

	/** The next record's fields, or {@code null} at the end of the input. */
	List<String> next() throws IOException {
		int c = read();
		while (c == '\n' || c == '\r' || c == '\uFEFF' && lineNumber == 1) {
			c = endOfLine(c);
		}
		if (c == EOF) {
			return null;
		}
		recordLine = lineNumber;
		List<String> fields = new ArrayList<>(8);
		StringBuilder field = new StringBuilder(24);
		while (true) {
			if (c == '"' && field.isEmpty()) {
				quoted(field);
				c = read();
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
				c = read();
			}
			else if (c == '\n' || c == '\r' || c == EOF) {
				fields.add(field.toString());
				if (c != EOF) {
					pushedBack = endOfLine(c);
				}
				return fields;
			}
			else {
				field.append((char) c);
				c = read();
			}
		}
	}

	/** The line the last record started on. */
	int line() {
		return recordLine;
	}

	private void quoted(StringBuilder field) throws IOException {
		int start = lineNumber;
		for (int c = read();; c = read()) {
			if (c == EOF) {
				throw new ArchiveLineException(start, "a quoted field starting on this line is never closed");
			}
			if (c == '"') {
				int after = read();
				if (after != '"') {
					pushedBack = after;
					return;
				}
			}
			else if (c == '\n' || c == '\r') {
				int after = read();
				if (c == '\r' && after == '\n') {
					field.append('\r');
					c = after;
				}
				else {
					pushedBack = after;
				}
				lineNumber++;
			}
			field.append((char) c);
		}
	}

	/** Counts the line that {@code c} ends (CRLF is one end) and answers the character after it. */
	private int endOfLine(int c) throws IOException {
		if (c == '\uFEFF') {
			return read();
		}
		int after = read();
		if (c == '\r' && after == '\n') {
			after = read();
		}
		lineNumber++;
		return after;
	}

	private int read() throws IOException {
		if (pushedBack >= EOF) {
			int c = pushedBack;
			pushedBack = EOF - 1;
			return c;
		}
		if (next == end) {
			end = in.read(chunk, 0, chunk.length);
			next = 0;
			if (end <= 0) {
				end = 0;
				return EOF;
			}
		}
		return chunk[next++];
	}
}
