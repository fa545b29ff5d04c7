package org.tongguan.casework.history.csv;

/** Thrown when a CSV file cannot be split into records, e.g. a quoted field is never closed. */
public final class CsvFormatException extends RuntimeException {

	private final int line;

	CsvFormatException(int line, String message) {
		super(message);
		this.line = line;
	}

	/** The line the problem starts on. */
	public int line() {
		return line;
	}
}
