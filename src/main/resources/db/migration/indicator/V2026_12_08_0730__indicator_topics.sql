-- 专题: thematic topics, each a named, ordered set of indicators with how each is shown, map layers and a layout,
-- stored as one JSON document in the form clients write it (topic.TopicDraft); name and position are columns for the
-- list. Topics are data: created, replaced and deleted through the API, the demo topics imported the same way.

CREATE TABLE indicator_topic (
	topic_key VARCHAR(64) PRIMARY KEY,
	name VARCHAR(100) NOT NULL,
	topic_position INTEGER NOT NULL,
	definition VARCHAR(200000) NOT NULL,
	changed_by VARCHAR(110) NOT NULL,
	changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX indicator_topic_order ON indicator_topic (topic_position, topic_key);
