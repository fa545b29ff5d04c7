package org.tongguan.sensing.mqtt;

/**
 * An MQTT topic filter (主题过滤器) a monitoring client subscribes with: levels separated by '/', '+' for any one
 * level and a final '#' for any number of levels; matching a topic allocates nothing.
 */
final class TopicFilter {

	private final String text;

	private final String[] levels;

	private TopicFilter(String text, String[] levels) {
		this.text = text;
		this.levels = levels;
	}

	/** The filter, or null when the text is not a valid filter whose first level is {@code root}. */
	static TopicFilter parse(String text, String root) {
		if (text == null || text.isEmpty() || text.length() > 1024 || text.indexOf('\0') >= 0) {
			return null;
		}
		String[] levels = text.split("/", -1);
		for (int i = 0; i < levels.length; i++) {
			String level = levels[i];
			boolean wildcard = level.equals("+") || level.equals("#");
			if (!wildcard && (level.indexOf('+') >= 0 || level.indexOf('#') >= 0)
					|| level.equals("#") && i < levels.length - 1) {
				return null;
			}
		}
		return levels[0].equals(root) ? new TopicFilter(text, levels) : null;
	}

	String text() {
		return text;
	}

	/** Whether a topic name matches this filter. */
	boolean matches(String topic) {
		int start = 0;
		for (String level : levels) {
			if (level.equals("#")) {
				return true;
			}
			if (start > topic.length()) {
				return false;
			}
			int end = topic.indexOf('/', start);
			if (end < 0) {
				end = topic.length();
			}
			if (!level.equals("+")
					&& (level.length() != end - start || !topic.regionMatches(start, level, 0, level.length()))) {
				return false;
			}
			start = end + 1;
		}
		return start == topic.length() + 1;
	}
}
