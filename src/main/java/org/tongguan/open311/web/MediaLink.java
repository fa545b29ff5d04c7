package org.tongguan.open311.web;

/**
 * Keeps a request's {@code media_url} in the case description, on a last line of its own, so operators see the link
 * and {@code GET requests} returns it as {@code media_url} again (a case stores uploaded attachments, not links).
 *
 * @param description the description without the link, may be {@code null}
 * @param url the media URL, may be {@code null}
 */
record MediaLink(String description, String url) {

	private static final String MARKER = "[media_url] ";

	/** The description and the link of a stored case description. */
	static MediaLink split(String stored) {
		if (stored == null) {
			return new MediaLink(null, null);
		}
		int line = stored.lastIndexOf(MARKER);
		boolean ownLine = line == 0 || line > 0 && stored.charAt(line - 1) == '\n';
		if (!ownLine || stored.indexOf('\n', line) >= 0) {
			return new MediaLink(stored, null);
		}
		String description = line == 0 ? null : stored.substring(0, line - 1);
		return new MediaLink(description, stored.substring(line + MARKER.length()));
	}

	/** The description to store: the text, then the link on a line of its own. */
	String stored() {
		if (url == null) {
			return description;
		}
		return description == null ? MARKER + url : description + "\n" + MARKER + url;
	}
}
