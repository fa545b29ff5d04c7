// 一张图's choropleth: each region of the level the zoom shows (district, street, community) filled by one figure of
// the filter period from the case statistics (GET /api/statistics/cases): case density (reported cases per km², the
// area from the region's exported outline), 结案率 (closed / due to close) or overdue cases (due to close in the
// period and not closed on time). The page offers it to the roles that may read the statistics.
import { t } from '../i18n.js';
import { getJson, element } from '../api.js';
import { CHOROPLETH_LEVELS } from './layers.js';
import { dayAfter } from './filters.js';

export const MEASURES = ['density', 'closureRate', 'overdue'];

export const RAMPS = {
  density: ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'],
  closureRate: ['#f7fcf5', '#c7e9c0', '#74c476', '#31a354', '#006d2c'],
  overdue: ['#fee5d9', '#fcae91', '#fb6a4a', '#de2d26', '#a50f15'],
};

const FIGURE = {
  density: (row, area) => (area ? row.reported / area : null),
  closureRate: (row) => row.closureRate,
  overdue: (row) => row.dueToClose - row.closedOnTime,
};

/** A figure as the legend and popups show it. */
export function formatFigure(measure, value) {
  if (value === null || value === undefined) {
    return t('map.choropleth.none');
  }
  const digits = value >= 10 || value === 0 ? value.toFixed(measure === 'closureRate' ? 1 : 0)
    : value.toPrecision(2);
  return t(`map.choropleth.value.${measure}`, { value: measure === 'overdue' ? Math.round(value) : digits });
}

/**
 * Five classes of equal width from the lowest of the known figures to the highest (one, the ramp's middle colour,
 * when all are equal): {ramp, low, step, colourOf(value)}; ramp has five colours from low to high.
 */
export function equalClasses(known, ramp) {
  const [low, high] = [Math.min(...known), Math.max(...known)];
  const used = high > low ? ramp : [ramp[2]];
  const step = (high - low) / used.length;
  const colourOf = (value) => used[Math.min(used.length - 1, Math.floor((value - low) / step) || 0)];
  return { ramp: used, low, step, empty: !known.length, colourOf };
}

/** A fill-color expression colouring each region [code, figure] by its class; regions without a figure clear. */
export function classFill(figures, classes) {
  const colours = figures.filter(([, value]) => value !== null && value !== undefined)
    .flatMap(([code, value]) => [code, classes.colourOf(value)]);
  return colours.length ? ['match', ['get', 'code'], ...colours, 'rgba(0,0,0,0)'] : 'rgba(0,0,0,0)';
}

/** The legend's scale: each class's colour with its lower bound as format(value) writes it, or the empty text. */
export function classScale(classes, format, empty) {
  const scale = element('ul', { class: 'choropleth-scale' }, classes.empty ? element('li', {}, empty)
    : classes.ramp.map((colour, i) => element('li', {}, element('span', { class: 'box', 'data-colour': i }),
      `≥ ${format(classes.low + i * classes.step)}`)));
  scale.querySelectorAll('[data-colour]').forEach((box) => {
    box.style.background = classes.ramp[box.dataset.colour];
  });
  return scale;
}

/** The area of a GeoJSON polygon's or multipolygon's outline in km² (on the sphere, holes subtracted). */
function area(geometry) {
  const ring = (points) => {
    let sum = 0;
    for (let i = 0; i < points.length - 1; i += 1) {
      const [[x1, y1], [x2, y2]] = [points[i], points[i + 1]];
      sum += (x2 - x1) * (Math.PI / 180) * (2 + Math.sin(y1 * Math.PI / 180) + Math.sin(y2 * Math.PI / 180));
    }
    return Math.abs(sum * 6378.137 * 6378.137 / 2);
  };
  const polygon = (rings) => rings.reduce((sum, points, i) => sum + (i ? -1 : 1) * ring(points), 0);
  return geometry.type === 'Polygon' ? polygon(geometry.coordinates)
    : geometry.coordinates.reduce((sum, rings) => sum + polygon(rings), 0);
}

/** The period the statistics count: the filters' days, else the case map's default of the last 90 days. */
function period(filters, zone) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone || undefined }).format(new Date());
  const start = new Date(`${today}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() - 89);
  return { from: filters.from ?? start.toISOString().substring(0, 10), to: dayAfter(filters.to ?? today) };
}

/**
 * The choropleth over the map: switched on and off, by measure and filters; `figure(code)` answers a region's row
 * and value at the level drawn. Sets data-choropleth="<level>:<regions with a value>" on the map's container.
 */
export function choropleth(map, me, legend) {
  const state = { enabled: false, measure: 'density', filters: null, drawn: null, runs: 0 };
  const areas = new Map();
  const reports = new Map();
  const areasOf = (level) => {
    if (!areas.has(level)) {
      const query = new URLSearchParams({ level });
      if (me.scope.level) {
        query.set('within', me.scope.code);
      }
      areas.set(level, getJson(`/api/regions/export?${query}`).then((regions) => new Map(regions.features
        .map((feature) => [feature.properties.code, area(feature.geometry)]))));
    }
    return areas.get(level);
  };
  const reportOf = (entry) => {
    const { from, to } = period(state.filters, me.zone);
    const query = new URLSearchParams({ groupBy: entry.groupBy, from, to, medians: 'false' });
    ['category', 'department'].filter((name) => state.filters[name])
      .forEach((name) => query.set(name, state.filters[name]));
    const key = query.toString();
    if (!reports.has(key)) {
      reports.set(key, getJson(`/api/statistics/cases?${key}`));
    }
    return reports.get(key);
  };

  async function draw() {
    const run = ++state.runs; // a later change wins over an earlier one still waiting for its figures
    const zoom = map.getZoom();
    const entry = CHOROPLETH_LEVELS.find((level) => zoom >= level.minzoom && zoom < level.maxzoom);
    if (!state.enabled || !entry) {
      state.drawn = null;
      legend.replaceChildren();
      return;
    }
    const measure = state.measure;
    const [report, km2] = await Promise.all([reportOf(entry), measure === 'density' ? areasOf(entry.level) : null]);
    if (run !== state.runs) {
      return;
    }
    const values = new Map(report.groups.filter((row) => row.key)
      .map((row) => [row.key, { row, value: FIGURE[measure](row, km2?.get(row.key)) }]));
    const known = [...values.values()].map((figure) => figure.value).filter((value) => value !== null);
    const classes = equalClasses(known, RAMPS[measure]);
    map.setPaintProperty(entry.layer, 'fill-color', classFill([...values].map(([code, figure]) => [code,
      figure.value]), classes));
    state.drawn = { level: entry.level, measure, values };
    map.getContainer().dataset.choropleth = `${entry.level}:${known.length}`;
    legend.replaceChildren(element('p', { class: 'legend-title' }, t(`map.choropleth.${measure}`),
      ` · ${t(`map.level.${entry.level}`)}`),
    classScale(classes, (value) => formatFigure(measure, value), t('map.choropleth.empty')));
  }

  const redraw = () => draw().catch((error) => console.warn('Choropleth:', error.message));
  map.on('zoomend', redraw);
  return {
    set(changes) {
      Object.assign(state, changes);
      redraw();
    },
    /** The drawn figure of a region, or null when the choropleth is off or shows another level. */
    figure(code, level) {
      if (!state.enabled || state.drawn?.level !== level) {
        return null;
      }
      const entry = state.drawn.values.get(code);
      return { measure: state.drawn.measure, value: entry ? entry.value : null, row: entry?.row };
    },
  };
}
