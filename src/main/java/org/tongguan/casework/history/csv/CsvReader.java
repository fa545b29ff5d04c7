package org.tongguan.casework.history.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * A streaming reader of comma-separated values (RFC 4180): fields may be quoted with {@code "}, a quoted field may
 * hold commas, line breaks and doubled quotes ({@code ""}); lines end with LF, CRLF or CR; a UTF-8 byte order mark
 * at the start and blank lines are skipped. Fields are returned as read, unquoted and untrimmed.
 *
 * <p>Hand-written for speed: one pass over a char buffer, no regular expressions, one reused field builder.
 */
public final class CsvReader {

	private static final int END = -1;

	private final Reader in;

	private final char[] buffer = new char[1 << 16];

	private int position;

	private int limit;

	private final StringBuilder field = new StringBuilder(64);

	private String[] fields = new String[32];

	private int size;

	/** The physical line the reader is on (1-based). */
	private int physicalLine = 1;

	/** The physical line the current record starts on. */
	private int line;

	public CsvReader(Reader in) {
		this.in = in;
	}

	/**
	 * Reads the next record; {@code false} at the end of the input.
	 *
	 * @throws CsvFormatException when a quoted field is never closed
	 */
	public boolean next() throws IOException {
		size = 0;
		if (!skipBlankLines()) {
			return false;
		}
		line = physicalLine;
		field.setLength(0);
		boolean fieldStart = true;
		while (true) {
			int c = read();
			if (c == '"' && fieldStart) {
				readQuoted();
				fieldStart = false;
			}
			else if (c == ',') {
				endField();
				fieldStart = true;
			}
			else if (c == '\n' || c == '\r' || c == END) {
				endField();
				if (c == '\r' && peek() == '\n') {
					position++;
				}
				if (c != END) {
					physicalLine++;
				}
				return true;
			}
			else {
				field.append((char) c);
				fieldStart = false;
			}
		}
	}

	/** The line of the input the current record starts on, counting the header as line 1. */
	public int line() {
		return line;
	}

	/** How many fields the current record has. */
	int size() {
		return size;
	}

	/** A field of the current record, {@code null} past its last field. */
	String get(int index) {
		return index < size ? fields[index] : null;
	}

	/** The fields of the current record. */
	public String[] fields() {
		return Arrays.copyOf(fields, size);
	}

	private void readQuoted() throws IOException {
		int start = physicalLine;
		while (true) {
			int c = read();
			if (c == END) {
				throw new CsvFormatException(start, "a quoted field starting on this line is never closed");
			}
			if (c == '"') {
				if (peek() != '"') {
					return;
				}
				position++;
			}
			else if (c == '\n' || c == '\r' && peek() != '\n') {
				physicalLine++;
			}
			field.append((char) c);
		}
	}

	private boolean skipBlankLines() throws IOException {
		while (true) {
			int c = peek();
			if (c == END) {
				return false;
			}
			if (c == '\uFEFF' && physicalLine == 1) {
				position++;
			}
			else if (c == '\n' || c == '\r') {
				position++;
				if (c == '\r' && peek() == '\n') {
					position++;
				}
				physicalLine++;
			}
			else {
				return true;
			}
		}
	}

	private void endField() {
		if (size == fields.length) {
			fields = Arrays.copyOf(fields, size * 2);
		}
		fields[size++] = field.toString();
		field.setLength(0);
	}

	private int read() throws IOException {
		if (position == limit && !fill()) {
			return END;
		}
		return buffer[position++];
	}

	private int peek() throws IOException {
		if (position == limit && !fill()) {
			return END;
		}
		return buffer[position];
	}

	private boolean fill() throws IOException {
		int read = in.read(buffer, 0, buffer.length);
		while (read == 0) {
			read = in.read(buffer, 0, buffer.length);
		}
		position = 0;
		limit = Math.max(read, 0);
		return read > 0;
	}
}
