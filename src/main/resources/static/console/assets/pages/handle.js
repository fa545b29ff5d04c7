// 处置 — the department handler's tasks: cases dispatched to the handler's department (handle with a result and
// photos, return to the dispatcher, request an extension or a suspension) and cases it assists in (协办), with their
// deadlines and traffic lights, live (the workbench of desk/desk.js).
import { openDesk, taskList } from '../desk/desk.js';

export function render(main, { me }) {
  return openDesk(main, me, { id: 'handle', lists: [taskList(['handle', 'assist'])] });
}
