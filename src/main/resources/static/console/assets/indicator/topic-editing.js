// The way into the topic editor (专题编辑) from the topics and a topic's page, for the users whose pages include it
// (administrators); others see nothing of it.
import { element } from '../api.js';

/** A link with this id and text to the editor of the topic (of a new one without a key), or null for other users. */
export function topicEditorLink(me, key, id, text) {
  if (!me.pages.some((page) => page.id === 'topic-edit')) {
    return null;
  }
  return element('a', { class: 'action-link', id, href: key ? `/console/topic-edit?${new URLSearchParams({ key })}`
    : '/console/topic-edit' }, text);
}
