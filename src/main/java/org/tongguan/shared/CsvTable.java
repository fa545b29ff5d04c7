package org.tongguan.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A small CSV file (RFC 4180) read whole, with a header row: fields may be quoted with {@code "} and then hold commas,
 * line breaks and doubled quotes; a byte order mark and blank lines are skipped; every row knows the line it starts
 * on (the header is line 1) so errors can name it. Column names are matched in any letter case. {@link #line} writes
 * a record in the same form.
 */
public final class CsvTable {

	private final Map<String, Integer> columns;

	private final List<Row> rows;

	private CsvTable(List<Record> records) {
		this.columns = new HashMap<>();
		this.rows = new ArrayList<>();
		for (int i = 0; !records.isEmpty() && i < records.get(0).cells().size(); i++) {
			columns.putIfAbsent(records.get(0).cells().get(i).strip().toLowerCase(Locale.ROOT), i);
		}
		records.stream().skip(1).forEach(record -> rows.add(new Row(record.line(), record.cells())));
	}

	/** Reads the text; an unclosed quote is an invalid input naming its line. */
	public static CsvTable parse(String text) {
		return new CsvTable(new Reader(text == null ? "" : text).records());
	}

	/**
	 * One record in the form {@link #parse} reads, without a line end: a cell with a comma, quote or line break is
	 * quoted with its quotes doubled; {@code null} is an empty cell.
	 */
	public static String line(List<String> cells) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			String cell = cells.get(i) == null ? "" : cells.get(i);
			boolean quoted = cell.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
			line.append(i == 0 ? "" : ",").append(quoted ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
		}
		return line.toString();
	}

	/** The columns the header names, in lower case. */
	public Set<String> columns() {
		return Collections.unmodifiableSet(columns.keySet());
	}

	/** Whether the header names the column. */
	public boolean has(String column) {
		return columns.containsKey(column.toLowerCase(Locale.ROOT));
	}

	/** The rows after the header, in order. */
	public List<Row> rows() {
		return rows;
	}

	/** One row: the line it starts on and its cells. */
	public final class Row {

		private final int line;

		private final List<String> cells;

		Row(int line, List<String> cells) {
			this.line = line;
			this.cells = cells;
		}

		/** The line of the file the row starts on. */
		public int line() {
			return line;
		}

		/** The stripped cell of a column, {@code null} when the column is missing or the cell is blank. */
		public String get(String column) {
			Integer index = columns.get(column.toLowerCase(Locale.ROOT));
			if (index == null || index >= cells.size() || cells.get(index).isBlank()) {
				return null;
			}
			return cells.get(index).strip();
		}
	}

	private record Record(int line, List<String> cells) {
	}

	private static final class Reader {

		private final String text;

		private int position;

		private int line = 1;

		Reader(String text) {
			this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
		}

		List<Record> records() {
			List<Record> records = new ArrayList<>();
			while (skipBlankLines()) {
				records.add(record());
			}
			return records;
		}

		private Record record() {
			int start = line;
			List<String> cells = new ArrayList<>();
			StringBuilder cell = new StringBuilder();
			boolean quoted = false;
			while (position < text.length()) {
				char c = text.charAt(position++);
				if (quoted) {
					if (c == '"' && position < text.length() && text.charAt(position) == '"') {
						cell.append('"');
						position++;
					}
					else if (c == '"') {
						quoted = false;
					}
					else {
						line += c == '\n' ? 1 : 0;
						cell.append(c);
					}
				}
				else if (c == '"' && cell.isEmpty()) {
					quoted = true;
				}
				else if (c == ',') {
					cells.add(cell.toString());
					cell.setLength(0);
				}
				else if (c == '\n' || c == '\r') {
					if (c == '\r' && position < text.length() && text.charAt(position) == '\n') {
						position++;
					}
					line++;
					break;
				}
				else {
					cell.append(c);
				}
			}
			if (quoted) {
				throw new InvalidInputException("line " + start, "a quoted field starting on this line is never closed");
			}
			cells.add(cell.toString());
			return new Record(start, cells);
		}

		private boolean skipBlankLines() {
			while (position < text.length() && (text.charAt(position) == '\n' || text.charAt(position) == '\r')) {
				if (text.charAt(position) == '\n' || position + 1 >= text.length()
						|| text.charAt(position + 1) != '\n') {
					line++;
				}
				position++;
			}
			return position < text.length();
		}
	}
}
