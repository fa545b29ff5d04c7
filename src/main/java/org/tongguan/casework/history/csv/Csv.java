package org.tongguan.casework.history.csv;

/** Writes fields as CSV (RFC 4180): a field with a comma, quote or line break is quoted, quotes doubled. */
public final class Csv {

	private Csv() {
	}

	/** The fields as one CSV line, without line end. */
	public static String line(String[] fields) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < fields.length; i++) {
			line.append(i == 0 ? "" : ",").append(field(fields[i]));
		}
		return line.toString();
	}

	/** One field, quoted when needed. */
	public static String field(String value) {
		if (value == null) {
			return "";
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == ',' || c == '"' || c == '\n' || c == '\r') {
				return "\"" + value.replace("\"", "\"\"") + "\"";
			}
		}
		return value;
	}
}
