// 核查 — the inspector's phone page (小屏): 巡查上报 (a report with camera photos and GPS) and the inspector's
// verification tasks (核查: pass with after-photos, or send back for rework), live (the workbench of desk/desk.js).
import { t } from '../i18n.js';
import { element } from '../api.js';
import { openDesk, taskList } from '../desk/desk.js';
import { reportForm } from '../verify/report.js';

export const messages = 'verify';
export const styles = ['verify/verify.css'];

export function render(main, { me }) {
  const report = element('details', { class: 'report-box', id: 'verify-report' },
    element('summary', {}, t('verify.report')), reportForm());
  return openDesk(main, me, { id: 'verify', intro: report, lists: [taskList(['verify'])] });
}
