package org.tongguan.indicator.demo;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tongguan.indicator.composite.CompositeDraft;
import org.tongguan.indicator.composite.CompositeEditor;
import org.tongguan.indicator.topic.TopicDraft;
import org.tongguan.indicator.topic.TopicEditor;

import tools.jackson.databind.ObjectMapper;

/**
 * Stores the demo topics (民生诉求, 生态环境, 应急管理, 经济运行, 住房发展) and the demo composite index from their files,
 * each through the same checks and editors as the API.
 */
@Component
class DemoTopics {

	private final TopicEditor topics;

	private final CompositeEditor composite;

	private final ObjectMapper json;

	DemoTopics(TopicEditor topics, CompositeEditor composite, ObjectMapper json) {
		this.topics = topics;
		this.composite = composite;
		this.json = json;
	}

	/** Stores them as made by the editor; answers how many topics. */
	int store(String editor) {
		List<TopicDraft> drafts = json.readValue(DemoResources.text(DemoResources.TOPICS), Topics.class).topics();
		drafts.forEach(draft -> topics.create(draft, editor));
		composite.replace(json.readValue(DemoResources.text(DemoResources.COMPOSITE), CompositeDraft.class), editor);
		return drafts.size();
	}

	/**
	 * The topics' file.
	 *
	 * @param topics the topics, in order
	 */
	record Topics(List<TopicDraft> topics) {
	}
}
