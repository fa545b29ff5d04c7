// An indicator's whole plan (一指标一方案) as the detail page lists it: what it measures, how it is classified and
// published, its one source (一数一源) and responsible department, references, access, valid range, target,
// thresholds with the response plan, and the list of its versions (who, when, why).
import { t } from '../i18n.js';
import { element } from '../api.js';
import { formatTime } from '../case/format.js';
import { termName, withUnit, delayText, facts, warningBadge } from './format.js';

function range(plan) {
  if (plan.min === null && plan.max === null) {
    return null;
  }
  if (plan.max === null || plan.max === undefined) {
    return `≥ ${withUnit(plan.min, plan.unit)}`;
  }
  if (plan.min === null || plan.min === undefined) {
    return `≤ ${withUnit(plan.max, plan.unit)}`;
  }
  return `${plan.min} – ${withUnit(plan.max, plan.unit)}`;
}

function target(plan) {
  if (plan.target !== null && plan.target !== undefined) {
    return withUnit(plan.target, plan.unit);
  }
  if (plan.targetLow !== null && plan.targetLow !== undefined) {
    return `${plan.targetLow} – ${withUnit(plan.targetHigh, plan.unit)}`;
  }
  return null;
}

function thresholds(plan) {
  if (!plan.thresholds?.length) {
    return null;
  }
  return element('ul', { class: 'threshold-list' }, plan.thresholds.map((threshold) => element('li', {},
    warningBadge(threshold.level), ' ', threshold.above !== null && threshold.above !== undefined
      ? `≥ ${withUnit(threshold.above, plan.unit)}` : `≤ ${withUnit(threshold.below, plan.unit)}`)),
  plan.hysteresis ? element('li', {}, t('indicator.plan.hysteresisOf', { value: withUnit(plan.hysteresis,
    plan.unit) })) : null);
}

function references(plan, terms) {
  if (!plan.references?.length) {
    return null;
  }
  return element('ul', { class: 'reference-list' }, plan.references.map((reference) => element('li', {},
    `${termName(terms, 'frameworks', reference.framework)} ${reference.clause ?? ''}`)));
}

/** The plan's facts; departments maps department codes to names. */
export function planFacts(plan, terms, departments) {
  const label = (key) => t(`indicator.plan.${key}`);
  const department = (code) => (departments.get(code) ? `${departments.get(code)}（${code}）` : code);
  return facts([
    ['definition', label('definition'), plan.definition],
    ['caliber', label('caliber'), plan.caliber],
    ['method', label('method'), plan.method],
    ['unit', label('unit'), plan.unit],
    ['direction', label('direction'), termName(terms, 'directions', plan.direction)],
    ['indicatorClass', label('indicatorClass'), termName(terms, 'classes', plan.indicatorClass)],
    ['domain', label('domain'), termName(terms, 'domains', plan.domain)],
    ['level', label('level'), t(`indicator.level.${plan.level}`)],
    ['frequency', label('frequency'), termName(terms, 'frequencies', plan.frequency)],
    ['expectedDelay', label('expectedDelay'), delayText(plan.expectedDelay)],
    ['sourceDepartment', label('sourceDepartment'), department(plan.sourceDepartment)],
    ['sourceSystem', label('sourceSystem'), plan.sourceSystem],
    ['responsibleDepartment', label('responsibleDepartment'), department(plan.responsibleDepartment)],
    ['references', label('references'), references(plan, terms)],
    ['grade', label('grade'), termName(terms, 'grades', plan.grade)],
    ['highFrequency', label('highFrequency'), t(plan.highFrequency ? 'indicator.yes' : 'indicator.no')],
    ['range', label('range'), range(plan)],
    ['target', label('target'), target(plan)],
    ['thresholds', label('thresholds'), thresholds(plan)],
    ['responsePlan', label('responsePlan'), plan.responsePlan],
    ['retired', label('retired'), plan.retired ? t('indicator.yes') : null],
  ], 'indicator-plan');
}

/** The versions of the plan, newest first. */
export function versionList(versions, zone) {
  return element('ol', { class: 'version-list', id: 'indicator-versions', reversed: true },
    [...versions].reverse().map((version) => element('li', { value: version.version },
      element('strong', {}, t('indicator.version.number', { version: version.version })), ' ',
      element('span', { class: 'version-meta' }, `${formatTime(version.changedAt, zone)} · ${version.changedBy}`),
      version.note ? element('span', { class: 'version-note' }, version.note) : null)));
}
