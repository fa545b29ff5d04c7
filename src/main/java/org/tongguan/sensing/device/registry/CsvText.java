package org.tongguan.sensing.device.registry;

import java.util.ArrayList;
import java.util.List;

import org.tongguan.shared.InvalidInputException;

/**
 * Splits a small CSV text (RFC 4180) into records: fields may be quoted with {@code "}, a quoted field may hold
 * commas, line breaks and doubled quotes; lines end with LF, CRLF or CR; a byte order mark and blank lines are
 * skipped. Each record knows the line it starts on (the header is line 1).
 */
final class CsvText {

	private final String text;

	private int position;

	private int line = 1;

	private CsvText(String text) {
		this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	/** The records of the text, in order. */
	static List<Record> records(String text) {
		CsvText csv = new CsvText(text == null ? "" : text);
		List<Record> records = new ArrayList<>();
		while (csv.skipBlankLines()) {
			records.add(csv.record());
		}
		return records;
	}

	private Record record() {
		int start = line;
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		while (true) {
			char c = position < text.length() ? text.charAt(position++) : '\n';
			if (c == '"' && field.isEmpty()) {
				quoted(field, start);
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && position < text.length() && text.charAt(position) == '\n') {
					position++;
				}
				line++;
				fields.add(field.toString());
				return new Record(start, fields);
			}
			else {
				field.append(c);
			}
		}
	}

	private void quoted(StringBuilder field, int start) {
		while (position < text.length()) {
			char c = text.charAt(position++);
			if (c == '"') {
				if (position >= text.length() || text.charAt(position) != '"') {
					return;
				}
				position++;
			}
			else if (c == '\n' || c == '\r' && (position >= text.length() || text.charAt(position) != '\n')) {
				line++;
			}
			field.append(c);
		}
		throw new InvalidInputException("line " + start, "a quoted field starting on this line is never closed");
	}

	private boolean skipBlankLines() {
		while (position < text.length() && (text.charAt(position) == '\n' || text.charAt(position) == '\r')) {
			if (text.charAt(position) == '\n' || position + 1 >= text.length() || text.charAt(position + 1) != '\n') {
				line++;
			}
			position++;
		}
		return position < text.length();
	}

	/** One record: the line it starts on and its fields, unquoted and untrimmed. */
	record Record(int line, List<String> fields) {
	}
}
