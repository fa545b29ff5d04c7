// The rainstorm demo button (暴雨演示) for administrators, only while the demo simulator runs
// (GET /api/admin/sensing/simulator): it starts the simulator's rainstorm scenario over the default low-lying districts
// (POST …/rainstorm), or stops the one under way (DELETE …/rainstorm). Alarms then follow through the live stream.
import { t } from '../i18n.js';
import { getJson, post, problemOf, csrfToken, element } from '../api.js';
import { formatTime } from '../case/format.js';

const SIMULATOR = '/api/admin/sensing/simulator';

function describe(state, zone, names) {
  const storm = state.rainstorm;
  if (!storm || storm.phase === 'OVER') {
    return t('rainstorm.none');
  }
  return t(`rainstorm.${storm.phase}`, { districts: storm.districts.map((code) => names.get(code) ?? code).join('、'),
    until: formatTime(storm.phase === 'RAINING' ? storm.rainEndsAt : storm.recededBy, zone) });
}

/** The rainstorm panel for an administrator while the simulator runs; null for anyone else or when it is off. */
export async function rainstormPanel(me) {
  if (!me.roles.some((role) => role.name === 'ADMIN')) {
    return null;
  }
  const state = await getJson(SIMULATOR);
  if (!state.enabled) {
    return null;
  }
  const districts = await getJson('/api/regions?level=DISTRICT');
  const names = new Map(districts.map((district) => [district.code, district.name]));
  const status = element('span', { class: 'rainstorm-status', id: 'rainstorm-status', role: 'status' });
  const start = element('button', { type: 'button', class: 'primary', id: 'rainstorm-start' }, t('rainstorm.start'));
  const stop = element('button', { type: 'button', class: 'ghost', id: 'rainstorm-stop' }, t('rainstorm.stop'));
  const show = (current) => {
    const phase = current.rainstorm?.phase ?? 'OVER';
    start.hidden = phase !== 'OVER'; // refused while a storm rains or recedes
    stop.hidden = phase !== 'RAINING';
    status.textContent = describe(current, me.zone, names);
  };
  const run = async (request) => {
    const response = await request();
    if (!response.ok) {
      const problem = await problemOf(response);
      status.textContent = problem.detail || problem.title;
      return;
    }
    show(await response.json());
  };
  start.addEventListener('click', () => run(() => post(`${SIMULATOR}/rainstorm`)));
  stop.addEventListener('click', () => run(() => fetch(`${SIMULATOR}/rainstorm`,
    { method: 'DELETE', headers: { 'X-XSRF-TOKEN': csrfToken() } })));
  show(state);
  return element('div', { class: 'rainstorm', id: 'rainstorm', role: 'group', 'aria-label': t('rainstorm.label') },
    element('strong', {}, t('rainstorm.label')), start, stop, status);
}
