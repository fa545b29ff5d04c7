// 指标详情 — one indicator (/console/indicator?code=…) the user's access grade admits: its whole plan (一指标一方案)
// with its versions, a chart of its values in a region of the user's scope over a chosen range with the warning bands
// and the target drawn, its source and quality badge, the provenance of a chosen value (click a point; the latest by
// default) and, for an indicator computed from the platform's cases, the cases behind that value (穿透); and its
// active warnings. Without a code the catalogue opens; an indicator the user may not see shows the platform's answer.
import { t } from '../i18n.js';
import { pageOfOne } from '../page-of-one.js';
import { getJson, element } from '../api.js';
import { cityDate } from '../dates.js';
import { rangePicker } from '../range-picker.js';
import { indicatorTerms, termName, panel, fillPanel, pageRefusal, changeBadge, withUnit, facts }
  from '../indicator/format.js';
import { planFacts, versionList } from '../indicator/plan-facts.js';
import { drawValues } from '../indicator/value-chart.js';
import { RANGES, rangeStart } from '../indicator/periods.js';
import { regionsFor } from '../indicator/regions.js';
import { provenance } from '../indicator/provenance.js';
import { drillThrough } from '../indicator/drill.js';
import { readQuality, qualityBadge, qualityDimensions } from '../indicator/quality.js';
import { readWarnings, warningList } from '../indicator/warnings.js';

export const messages = 'indicator';
export const styles = ['indicator/indicator.css'];

async function departmentNames(plan) {
  const codes = [...new Set([plan.sourceDepartment, plan.responsibleDepartment])];
  const found = await Promise.all(codes.map((code) => getJson(`/api/departments/${encodeURIComponent(code)}`)
    .catch(() => ({ code, name: null }))));
  return new Map(found.filter((department) => department.name).map((department) => [department.code,
    department.name]));
}

function sourceFacts(plan, terms, departments, computedFrom) {
  return facts([
    ['sourceDepartment', t('indicator.plan.sourceDepartment'), departments.get(plan.sourceDepartment)
      ?? plan.sourceDepartment],
    ['sourceSystem', t('indicator.plan.sourceSystem'), plan.sourceSystem],
    ['computedFrom', t('indicator.computedFrom'), computedFrom ? t(`indicator.computedFrom.${computedFrom}`) : null],
    ['frequency', t('indicator.plan.frequency'), termName(terms, 'frequencies', plan.frequency)],
  ], 'indicator-source');
}

async function show(main, code, me) {
  const path = `/api/indicators/${encodeURIComponent(code)}`;
  const view = await getJson(path);
  const { plan } = view;
  const computedFrom = view.computedFrom ?? null;
  const [terms, versions, regions, departments] = await Promise.all([indicatorTerms(), getJson(`${path}/versions`),
    regionsFor(me, plan.level), departmentNames(plan)]);
  const names = new Map(regions.map((region) => [region.code, region.name]));
  const regionSelect = element('select', { id: 'indicator-region', name: 'region' },
    regions.map((region) => element('option', { value: region.code }, region.name)));
  const chart = element('div', { class: 'chart value-chart', id: 'indicator-chart', role: 'img',
    'aria-label': t('indicator.chart.label', { name: plan.name }) });
  const latest = element('p', { class: 'latest', id: 'indicator-latest' });
  const chosen = element('div', { id: 'indicator-value' }, element('p', { class: 'empty' }, t('indicator.value.none')));
  const cases = element('div', { id: 'indicator-cases' });
  const quality = element('div', { id: 'indicator-quality-box' });
  const badge = element('span', { id: 'indicator-badge' });
  const warnings = element('div', { id: 'indicator-warnings' });
  let range = '1y';
  let values = [];

  main.replaceChildren(element('article', { class: 'page indicator-page', 'data-indicator': plan.code },
    element('header', { class: 'page-head' }, element('h1', {}, plan.name),
      element('code', { class: 'indicator-code' }, plan.code),
      element('span', { class: 'tag' }, termName(terms, 'grades', plan.grade)),
      plan.highFrequency ? element('span', { class: 'tag' }, t('indicator.highFrequency')) : null,
      plan.retired ? element('span', { class: 'tag retired' }, t('indicator.plan.retired')) : null, badge),
    element('div', { class: 'indicator-grid' },
      element('div', { class: 'indicator-main' },
        panel(t('indicator.values'), { id: 'indicator-values-panel' },
          element('div', { class: 'chart-controls' },
            element('label', { for: 'indicator-region' }, t('indicator.value.region')), regionSelect,
            rangePicker('indicator-range', Object.keys(RANGES).map((each) => [each, t(`indicator.range.${each}`)]),
              range, t('indicator.range'), (next) => { range = next; load(); })),
          latest, chart,
          element('p', { class: 'hint' }, t(computedFrom === 'CASES' ? 'indicator.chart.hintCases'
            : 'indicator.chart.hint'))),
        panel(t('indicator.value.title'), { id: 'indicator-value-panel' }, chosen),
        computedFrom === 'CASES' ? panel(t('indicator.cases'), { id: 'indicator-cases-panel' }, cases) : null,
        panel(t('indicator.warnings'), {}, warnings)),
      element('div', { class: 'indicator-side' },
        panel(t('indicator.source'), {}, sourceFacts(plan, terms, departments, computedFrom), quality),
        panel(t('indicator.plan'), {}, planFacts(plan, terms, departments)),
        panel(t('indicator.versions'), {}, versionList(versions, me.zone))))));

  async function choose(period) {
    const value = values.find((each) => each.period === period);
    if (!value) {
      return;
    }
    main.dataset.chosen = 'false';
    chart.dataset.chosen = period;
    const regionName = names.get(value.region) ?? value.region;
    await Promise.all([fillPanel(chosen, () => provenance(code, value, regionName, plan.unit, terms, me.zone)),
      computedFrom === 'CASES' ? fillPanel(cases, () => drillThrough(cases, { code, region: value.region, regionName,
        period }, me.zone)) : null]);
    main.dataset.chosen = 'true';
  }

  async function load() {
    main.dataset.loaded = 'false';
    const region = regionSelect.value;
    const query = new URLSearchParams({ region });
    const from = rangeStart(range, cityDate(new Date(), me.zone), plan.frequency);
    if (from) {
      query.set('from', from);
    }
    const series = await getJson(`${path}/values?${query}`);
    values = series.values.filter((value) => value.region === region)
      .sort((a, b) => a.period.localeCompare(b.period));
    const points = values.map((value) => ({ period: value.period, value: value.value }));
    const last = values.at(-1);
    latest.replaceChildren(...(last ? [t('indicator.latest', { period: last.period }), ' ',
      element('strong', {}, withUnit(last.value, plan.unit)), ' ',
      changeBadge(points.slice(-2).map((point) => point.value), plan.direction)] : [t('indicator.noValues')]));
    chart.hidden = !points.length;
    await Promise.all([
      points.length ? drawValues(chart, points, plan, t('indicator.chart.label', { name: plan.name }), choose) : null,
      fillPanel(quality, async () => {
        const measured = await readQuality(code, region);
        badge.replaceChildren(qualityBadge(measured));
        return qualityDimensions(measured, me.zone);
      }),
      last ? choose(last.period) : null,
    ]);
    main.dataset.loaded = 'true';
  }

  regionSelect.addEventListener('change', load);
  await Promise.all([load(), fillPanel(warnings, async () => warningList(await readWarnings({ indicator: code,
    size: 20 }), me.zone, 'indicator-warning-list'))]);
}

export function render(main, { me }) {
  return pageOfOne(main, 'code', { show: (box, code) => show(box, code, me),
    missing: () => location.replace('/console/indicators'), refused: (box, problem) => pageRefusal(box, problem, 'indicator') });
}
