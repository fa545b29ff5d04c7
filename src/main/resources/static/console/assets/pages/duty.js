// 值班长 — the shift lead's desk: the tasks of the shift lead (close, call back, review self-handled cases, decide
// voiding), and the open cases of the scope that are overdue (red) or warned (yellow), most overdue first, each
// open to 督办 (supervision, which escalates with every notice); live (the workbench of desk/desk.js).
import { openDesk, taskList, lightList } from '../desk/desk.js';

export function render(main, { me }) {
  return openDesk(main, me, { id: 'duty', untasked: true, lists: [
    taskList(['close', 'callback', 'review', 'approveVoid']), lightList('overdue', 'RED'),
    lightList('warned', 'YELLOW')] });
}
