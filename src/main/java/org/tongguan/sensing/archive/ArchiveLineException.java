package org.tongguan.sensing.archive;

/** A line of an archive that cannot be read at all (a quoted field never closed); reported as that line's error. */
final class ArchiveLineException extends RuntimeException {

	private final int line;

	ArchiveLineException(int line, String message) {
		super(message);
		this.line = line;
	}

	int line() {
		return line;
	}
}
