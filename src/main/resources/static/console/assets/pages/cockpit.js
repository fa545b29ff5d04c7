// 领导驾驶舱 — the leader cockpit of the user's data scope: key figures with 14-day trends, rankings of districts,
// departments and categories, the city map with case clusters and a live ticker of new cases and alarms. Inside the
// shell on a desktop; with ?wall=3840x1080 (or any width×height) a fixed dark canvas scaled to fit a video wall,
// its ranking panel rotating. Figures refresh on live events without reloading; every number links to its cases.
// When every panel is drawn the cockpit's section carries data-ready="true" (tests and ./bench cockpit wait for it).
import { t } from '../i18n.js';
import { element } from '../api.js';
import { onCase, onAlarm, onState } from '../live.js';
import { days, trend, dayTotals, grouped, overdueNow } from '../cockpit/data.js';
import { figureCards } from '../cockpit/figures.js';
import { rankingPanel, RANKINGS } from '../cockpit/ranking.js';
import { tickerPanel, latestEntries, caseEntry, alarmEntry, clockTime } from '../cockpit/ticker.js';
import { mapPanel } from '../cockpit/map-panel.js';
import { wallSize, rotationSeconds, mountWall } from '../cockpit/wall.js';

export const messages = 'cockpit';
export const styles = ['cockpit/cockpit.css'];

/** Milliseconds the cockpit waits after a live event before it reads its figures again (more events join in). */
const REFRESH_DELAY = 1000;

async function load(zone) {
  const period = days(zone);
  const [series, overdue, ...reports] = await Promise.all([trend(period), overdueNow(),
    ...RANKINGS.map((grouping) => grouped(grouping, period))]);
  return { period, trend: series, overdue, overall: reports[0].total,
    ...Object.fromEntries(RANKINGS.map((grouping, i) => [grouping, reports[i]])) };
}

/** Reads again what live events change: today's totals, the rankings and the overdue cases (all of it on a new day). */
async function reload(state, zone) {
  const period = days(zone);
  if (period.today !== state.period.today) {
    return load(zone);
  }
  const [today, overdue, ...reports] = await Promise.all([dayTotals(period.today), overdueNow(),
    ...RANKINGS.map((grouping) => grouped(grouping, period))]);
  return { ...state, trend: [...state.trend.slice(0, -1), today], overdue, overall: reports[0].total,
    ...Object.fromEntries(RANKINGS.map((grouping, i) => [grouping, reports[i]])) };
}

function header(me, wall) {
  const clock = element('time', { class: 'cockpit-clock', id: 'cockpit-clock' });
  const tick = () => {
    const now = new Date();
    clock.dateTime = now.toISOString();
    const part = (options) => new Intl.DateTimeFormat(document.documentElement.lang, { timeZone: me.zone, ...options })
      .format(now);
    clock.textContent = `${part({ year: 'numeric', month: '2-digit', day: '2-digit' })} ${part({ weekday: 'short' })} ${
      clockTime(now, me.zone)}`;
  };
  tick();
  setInterval(tick, 15000);
  const live = element('span', { class: 'cockpit-live', id: 'cockpit-live', role: 'status' },
    t('cockpit.live.connecting'));
  onState((state) => {
    live.textContent = t(`cockpit.live.${state}`);
    live.dataset.state = state;
  });
  const walls = wall ? null : element('nav', { class: 'cockpit-walls', 'aria-label': t('cockpit.walls') },
    ['3840x1080', '7680x2160'].map((size) => element('a', { href: `?wall=${size}`, target: '_blank' },
      t('cockpit.wallLink', { size: size.replace('x', '×') }))));
  return element('header', { class: 'cockpit-header' },
    element('h1', {}, t('page.cockpit')),
    element('p', { class: 'cockpit-scope' }, t('cockpit.scope', { scope: me.scope.name || me.city || '' })),
    element('p', { class: 'cockpit-period' }, t('cockpit.period')), clock, live, walls);
}

export async function render(main, { me }) {
  const wall = wallSize();
  const theme = wall ? { dark: true, unit: (wall.height / 1080) * 1.7, mapZoom: wall.height / 1080 }
    : { dark: false, unit: 1 };
  const figures = figureCards();
  const ranking = rankingPanel();
  const ticker = tickerPanel(me.zone);
  const map = mapPanel(me, theme);
  const canvas = element('section', { class: `cockpit ${wall ? 'wall' : 'desktop'}`, id: 'cockpit',
    'data-ready': 'false' },
  header(me, wall),
  element('div', { class: 'cockpit-figures', role: 'group', 'aria-label': t('cockpit.figures') }, figures.cards),
  map.panel, ranking.panel, ticker.panel);
  main.append(canvas);
  if (wall) {
    mountWall(canvas, wall);
    setInterval(ranking.next, rotationSeconds() * 1000);
  }

  // Each panel marks when it is drawn (performance marks cockpit:<panel>, read by ./bench cockpit).
  const marked = (name, promise) => promise.then((value) => {
    performance.mark(`cockpit:${name}`);
    return value;
  });
  const drawnMap = marked('map', map.open());
  const drawnTicker = marked('ticker', latestEntries().then(ticker.add));
  let state = await marked('figures-read', load(me.zone));
  await Promise.all([marked('figures', figures.update(state, theme)), marked('ranking', ranking.update(state, theme)),
    drawnMap, drawnTicker]);
  canvas.dataset.readyMs = String(Math.round(performance.now())); // since navigation start, for ./bench cockpit
  canvas.dataset.ready = 'true';

  // One refresh at a time, REFRESH_DELAY after the first event; events during a refresh ask for one more after it.
  let timer = null;
  let running = false;
  let again = false;
  let refreshes = 0;
  const refresh = () => {
    if (running) {
      again = true;
    } else if (!timer) {
      timer = setTimeout(run, REFRESH_DELAY);
    }
  };
  async function run() {
    timer = null;
    running = true;
    try {
      state = await reload(state, me.zone);
      map.refreshCases();
      await Promise.all([figures.update(state, theme), ranking.update(state, theme)]);
      refreshes += 1;
      canvas.dataset.refreshes = String(refreshes);
    } catch (problem) {
      console.warn('Cockpit refresh failed, trying again in 10 s:', problem.message);
      setTimeout(refresh, 10000);
    } finally {
      running = false;
      if (again) {
        again = false;
        refresh();
      }
    }
  }
  onCase((change) => {
    if (change.change === 'REPORTED') {
      ticker.add([caseEntry(change)]);
    }
    refresh();
  });
  onAlarm((change) => {
    if (change.change !== 'CLEARED') {
      ticker.add([alarmEntry(change)]);
    }
  });
  onState((connection) => {
    if (connection === 'reopened') {
      refresh();
      latestEntries().then(ticker.add);
    }
  });
}
