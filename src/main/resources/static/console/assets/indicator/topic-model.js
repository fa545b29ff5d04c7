// The topic editor's model of a topic (专题) and its way back to the API's document: the indicators grouped into
// titled sections (the layout's sections are ranges of positions, {title, from, to}), the layer kinds shown and the
// indicator the regions are coloured by; what the editor does not offer (the layers' filters, other layout options)
// is kept as it was. Also where a problem of the platform's answer belongs in the editor.

export const DISPLAYS = ['FIGURE', 'LINE', 'BAR', 'MAP'];

export const LAYER_KINDS = ['CASES', 'DEVICES', 'ALARMS'];

/**
 * The indicators grouped by the sections' ranges of positions, each in one section; those of no section (stored
 * before sections were checked) join the last one.
 */
function grouped(items, sections) {
  const placed = new Set();
  const groups = sections.map((section) => ({ title: section.title ?? '', items: items.filter((item, i) => {
    const inside = !placed.has(i) && i + 1 >= section.from && i + 1 <= section.to;
    if (inside) {
      placed.add(i);
    }
    return inside;
  }) }));
  groups.at(-1)?.items.push(...items.filter((item, i) => !placed.has(i)));
  return groups;
}

/** The model of a topic as read (GET /api/indicators/topics/{key}), or of a new one without it. */
export function topicModel(topic) {
  const items = (topic?.indicators ?? []).map(({ code, name, unit, display }) => ({ code, name, unit, display }));
  const { sections = [], ...layout } = topic?.layout ?? {};
  const groups = grouped(items, Array.isArray(sections) ? sections : []);
  return {
    key: topic?.key ?? '',
    name: topic?.name ?? '',
    description: topic?.description ?? '',
    position: topic?.position ?? 0,
    layout,
    sections: groups.length ? groups : [{ title: '', items }],
    layers: topic?.layers ?? [],
    kinds: new Set((topic?.layers ?? []).map((layer) => layer.kind).filter((kind) => LAYER_KINDS.includes(kind))),
    choropleth: topic?.layers?.find((layer) => layer.kind === 'CHOROPLETH')?.indicator ?? '',
  };
}

/** The model's indicators in the topic's order. */
export const itemsOf = (model) => model.sections.flatMap((section) => section.items);

function sectionRanges(sections) {
  let next = 1;
  return sections.map((section) => {
    const range = { title: section.title.trim(), from: next, to: next + section.items.length - 1 };
    next += section.items.length;
    return range;
  });
}

/**
 * The topic document to create or replace: one section without a title means a page without sections; each layer
 * of a kind still shown keeps its filter.
 */
export function topicDraft(model) {
  const untitled = model.sections.length === 1 && !model.sections[0].title.trim();
  const kept = model.layers.filter((layer) => model.kinds.has(layer.kind));
  const added = [...model.kinds].filter((kind) => !kept.some((layer) => layer.kind === kind))
    .map((kind) => ({ kind, filter: {} }));
  const choropleth = model.layers.find((layer) => layer.kind === 'CHOROPLETH');
  return {
    key: model.key.trim(),
    name: model.name,
    description: model.description,
    position: model.position,
    layout: untitled ? model.layout : { ...model.layout, sections: sectionRanges(model.sections) },
    indicators: itemsOf(model).map(({ code, display }) => ({ code, display })),
    layers: [...kept, ...added, ...(model.choropleth ? [{ kind: 'CHOROPLETH', filter: choropleth?.filter ?? {},
      indicator: model.choropleth }] : [])],
  };
}

/**
 * The id of the editor's control (or error line) a problem's field concerns, or null for the page's status line; a
 * code's and a display's problem go to the indicator's one line.
 */
export function placeOf(field, model) {
  const [, index] = /^indicators\[(\d+)\]/.exec(field) ?? [];
  if (index !== undefined) {
    const item = itemsOf(model)[Number(index)];
    return item ? `topic-edit-indicator-${item.code}` : 'topic-edit-sections';
  }
  const [, section, title] = /^layout\.sections\[(\d+)\](\.title)?$/.exec(field) ?? [];
  if (section !== undefined) {
    return `topic-edit-section-${section}${title ? '-title' : ''}`;
  }
  if (field === 'indicators' || field.startsWith('layout.sections')) {
    return 'topic-edit-sections';
  }
  if (field.startsWith('layers')) {
    return 'topic-edit-layers';
  }
  return ['key', 'name', 'description', 'position'].includes(field) ? `topic-edit-${field}` : null;
}

/** Moves the indicator i of section s by one place (delta -1 or 1), across into the next section at its ends. */
export function moveItem(sections, s, i, delta) {
  const here = sections[s].items;
  const [item] = here.splice(i, 1);
  if (i + delta >= 0 && i + delta <= here.length) {
    here.splice(i + delta, 0, item);
  } else if (delta < 0) {
    sections[s - 1].items.push(item);
  } else {
    sections[s + 1].items.unshift(item);
  }
}

/** Moves section s by one place (delta -1 or 1). */
export function moveSection(sections, s, delta) {
  sections.splice(s + delta, 0, ...sections.splice(s, 1));
}

/** Removes section s; its indicators join the section before it (the one after, for the first). */
export function removeSection(sections, s) {
  const [removed] = sections.splice(s, 1);
  const neighbour = sections[Math.max(s - 1, 0)];
  if (s === 0) {
    neighbour.items.unshift(...removed.items);
  } else {
    neighbour.items.push(...removed.items);
  }
}
