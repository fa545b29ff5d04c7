// 手边账 — the leader's phone page: the indicator warnings of the user's scope first (GET /api/indicators/warnings,
// most urgent on top, acknowledged in place), then every high-frequency indicator (高频指标) the user may see with
// its latest value in the user's region, the change against the period before and a sparkline. Made for a phone
// held in one hand; on a desk it shows the cards side by side.
import { t } from '../i18n.js';
import { getJson, element } from '../api.js';
import { cityDate } from '../dates.js';
import { fillPanel } from '../indicator/format.js';
import { sparkStart } from '../indicator/periods.js';
import { scopeRegions } from '../indicator/regions.js';
import { readWarnings, warningList } from '../indicator/warnings.js';
import { trendCard } from '../indicator/trend-card.js';

export const messages = 'indicator';
export const styles = ['indicator/indicator.css'];

async function latestPoints(indicator, region, today) {
  const query = new URLSearchParams({ region, from: sparkStart(indicator.frequency, today) });
  const series = await getJson(`/api/indicators/${encodeURIComponent(indicator.code)}/values?${query}`);
  return series.values.filter((value) => value.region === region)
    .sort((a, b) => a.period.localeCompare(b.period))
    .map((value) => ({ period: value.period, value: value.value }));
}

async function indicators(box, me) {
  const [{ region }, found] = await Promise.all([scopeRegions(me),
    getJson('/api/indicators?highFrequency=true&size=100')]);
  const today = cityDate(new Date(), me.zone);
  const cards = await Promise.all(found.items.map(async (indicator) => trendCard(indicator,
    await latestPoints(indicator, region.code, today))));
  box.replaceChildren(cards.length ? element('ul', { class: 'trend-cards', id: 'ledger-indicators' },
    cards.map((each) => each.card)) : element('p', { class: 'empty' }, t('ledger.noIndicators')));
  await Promise.all(cards.map((each) => each.draw()));
  return region;
}

export async function render(main, { me }) {
  const warningBox = element('div', { id: 'ledger-warnings' });
  const indicatorBox = element('div', { id: 'ledger-indicator-box' });
  const region = element('p', { class: 'page-status', id: 'ledger-region' });
  main.append(element('section', { class: 'page ledger-page' },
    element('div', { class: 'page-head' }, element('h1', {}, t('page.ledger'))), region,
    element('h2', {}, t('ledger.warnings')), warningBox,
    element('h2', {}, t('ledger.indicators')), indicatorBox));
  main.dataset.loaded = 'false';
  const [, home] = await Promise.all([fillPanel(warningBox, async () => warningList(await readWarnings({ size: 20 }),
    me.zone, 'ledger-warning-list')), indicators(indicatorBox, me)]);
  region.textContent = t('ledger.region', { region: home.name, day: cityDate(new Date(), me.zone) });
  main.dataset.loaded = 'true';
}
