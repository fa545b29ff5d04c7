package org.tongguan.indicator.topic;

/**
 * A topic in the list of topics.
 *
 * @param key its key
 * @param name its name
 * @param description what it shows
 * @param position where it stands among the topics
 * @param indicators how many of its indicators the caller may see
 */
public record TopicSummary(String key, String name, String description, int position, int indicators) {
}
