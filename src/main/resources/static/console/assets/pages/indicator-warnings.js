// 指标预警 — the indicator warnings of the user's scope (GET /api/indicators/warnings), newest first, filtered by
// state (active and acknowledged unless chosen), level and kind, page by page; each names its indicator and value,
// links to the case it opened and, while active, can be acknowledged.
import { t } from '../i18n.js';
import { choice, filteredList } from '../filtered-list.js';
import { LEVELS } from '../sensing/format.js';
import { readWarnings, warningList, STATES, KINDS } from '../indicator/warnings.js';

export const messages = 'indicator';
export const styles = ['indicator/indicator.css'];

export async function render(main, { me }) {
  await filteredList(main, {
    name: 'warnings',
    title: t('page.indicator-warnings'),
    className: 'warnings-page',
    submit: t('indicators.show'),
    size: 20,
    controls: {
      state: choice('warnings-state', 'state', STATES.map((state) => [state, t(`indicator.warning.state.${state}`)]),
        t('warnings.open')),
      level: choice('warnings-level', 'level', LEVELS.map((level) => [level, t(`indicator.warningLevels.${level}`)]),
        t('indicators.all')),
      kind: choice('warnings-kind', 'kind', KINDS.map((kind) => [kind, t(`indicator.warning.kind.${kind}`)]),
        t('indicators.all')),
    },
    read: readWarnings,
    draw: (found) => warningList(found, me.zone, 'warnings-cards'),
  });
}
