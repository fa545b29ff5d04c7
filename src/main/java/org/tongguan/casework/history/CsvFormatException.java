package org.tongguan.casework.history;

/** Thrown when a CSV file cannot be split into records, e.g. a quoted field is never closed. */
final class CsvFormatException extends RuntimeException {

	private final int line;

	CsvFormatException(int line, String message) {
		super(message);
		this.line = line;
	}

	/** The line the problem starts on. */
	int line() {
		return line;
	}
}
