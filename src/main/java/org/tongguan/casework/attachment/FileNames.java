package org.tongguan.casework.attachment;

import java.util.Locale;

/** Cleans client file names for display and download, and reads their extension; names never become paths. */
final class FileNames {

	static final int MAX_LENGTH = 200;

	private FileNames() {
	}

	/**
	 * The last path segment without control characters and without characters that are special in file systems or
	 * headers, at most {@value #MAX_LENGTH} characters (the extension kept); {@code null} when nothing is left.
	 */
	static String sanitise(String name) {
		if (name == null) {
			return null;
		}
		String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		StringBuilder clean = new StringBuilder(last.length());
		last.codePoints()
			.filter(c -> !Character.isISOControl(c))
			.map(c -> "<>:\"|?*".indexOf(c) >= 0 ? '_' : c)
			.forEach(clean::appendCodePoint);
		String result = clean.toString().strip();
		if (result.isEmpty() || result.chars().allMatch(c -> c == '.')) {
			return null;
		}
		return shorten(result);
	}

	/** The lower-case extension of a (sanitised) name, {@code null} when it has none. */
	static String extension(String name) {
		if (name == null) {
			return null;
		}
		int dot = name.lastIndexOf('.');
		if (dot < 0 || dot == name.length() - 1) {
			return null;
		}
		return name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static String shorten(String name) {
		if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
			return name;
		}
		String extension = extension(name);
		String suffix = extension == null || extension.length() > 16 ? "" : "." + extension;
		int keep = MAX_LENGTH - suffix.length();
		return name.substring(0, name.offsetByCodePoints(0, keep)) + suffix;
	}
}
