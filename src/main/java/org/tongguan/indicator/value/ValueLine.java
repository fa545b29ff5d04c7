package org.tongguan.indicator.value;

/**
 * One value of a batch with its place in the file.
 *
 * @param line the line it starts on
 * @param index its index in the JSON array {@code values}, or {@link #CSV_ROW} for a row of a CSV file
 * @param draft the value, {@code null} when it could not be read
 * @param problem why it could not be read, {@code null} when it could
 */
record ValueLine(int line, int index, ValueDraft draft, String problem) {

	/** The index of a value given by a CSV row, which a message names by its line alone. */
	static final int CSV_ROW = -1;

	/** How a message names it besides its line: {@code values[3].} in JSON, nothing in CSV (made only for a message). */
	String item() {
		return index == CSV_ROW ? "" : "values[" + index + "].";
	}
}
