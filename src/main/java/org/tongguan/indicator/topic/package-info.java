/**
 * 专题 — thematic topics: curated views over indicators (each with how it is shown), map layers and a layout, kept as
 * data ({@link org.tongguan.indicator.topic.TopicDraft}, checked against the registry by {@code TopicChecks}, stored
 * whole by {@code TopicStore}); {@link org.tongguan.indicator.topic.TopicReads} answers them within the caller's
 * access grades and {@link org.tongguan.indicator.topic.TopicData} a topic page's figures, trends and map values in a
 * few queries.
 */
package org.tongguan.indicator.topic;
