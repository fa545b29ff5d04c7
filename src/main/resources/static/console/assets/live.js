// The console's live stream (GET /api/console/stream, server-sent events): one EventSource per page, shared by the
// page's widgets. Events: 'case' and 'alarm' (JSON data); the page learns the connection's state through onState
// ('open', 'reconnecting'); after a reconnect it should reload what it shows, since changes may have been missed.

let source = null;
let opened = false;
const listeners = { case: [], alarm: [], state: [] };

function emit(kind, value) {
  listeners[kind].forEach((listener) => listener(value));
}

function connect() {
  source = new EventSource('/api/console/stream');
  // EventSource reconnects by itself while it is not CLOSED; every 'hello' after the first marks a reconnect.
  source.addEventListener('hello', () => {
    emit('state', opened ? 'reopened' : 'open');
    opened = true;
  });
  source.addEventListener('case', (event) => emit('case', JSON.parse(event.data)));
  source.addEventListener('alarm', (event) => emit('alarm', JSON.parse(event.data)));
  source.addEventListener('error', async () => {
    emit('state', 'reconnecting');
    if (source.readyState === EventSource.CLOSED) {
      // The platform refused the stream (the session ended, or too many streams): ask whether we are still signed
      // in (a 401 leads to the login page), then try again.
      const me = await fetch('/api/console/me', { headers: { Accept: 'application/json' } });
      if (me.status === 401) {
        location.assign('/login');
        return;
      }
      setTimeout(connect, 3000);
    }
  });
}

/** Calls the listener with every case change ({ change, id, number, stage, ... }) within the user's scope. */
export function onCase(listener) {
  listeners.case.push(listener);
  start();
}

/** Calls the listener with every alarm change ({ change, id, level, device, ... }) within the user's scope. */
export function onAlarm(listener) {
  listeners.alarm.push(listener);
  start();
}

/** Calls the listener with the stream's state: 'open', 'reconnecting', 'reopened' (reload what you show). */
export function onState(listener) {
  listeners.state.push(listener);
  start();
}

function start() {
  if (!source) {
    connect();
  }
}

/** Closes the stream for good (before signing out, so the platform's ending it is not an error). */
export function closeLive() {
  source?.close();
}
