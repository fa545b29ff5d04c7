// The console's login page: posts the form to /login (Spring Security's form login) with the CSRF header, and shows
// the outcome readably: wrong name or password, too many attempts (429, with the wait), or the platform unreachable.
import { loadMessages, t, languageSwitch } from './i18n.js';
import { csrfToken } from './api.js';

await loadMessages();
document.title = t('login.title');
languageSwitch(document.getElementById('language'));

const form = document.getElementById('login-form');
const username = document.getElementById('username');
const password = document.getElementById('password');
const submit = document.getElementById('login-submit');
const message = document.getElementById('login-message');

function show(text, kind = 'error') {
  message.textContent = text;
  message.className = `message ${kind}`;
  message.hidden = false;
}

const query = new URLSearchParams(location.search);
if (query.has('logout')) {
  show(t('login.loggedOut'), 'info');
} else if (query.has('error')) {
  show(t('login.failed'));
}
username.focus();

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  message.hidden = true;
  const missing = [username, password].find((field) => !field.value);
  if (missing) {
    show(t(missing === username ? 'login.usernameMissing' : 'login.passwordMissing'));
    missing.setAttribute('aria-invalid', 'true');
    missing.focus();
    return;
  }
  [username, password].forEach((field) => field.removeAttribute('aria-invalid'));
  submit.disabled = true;
  try {
    const response = await fetch('/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-XSRF-TOKEN': csrfToken() },
      body: new URLSearchParams({ username: username.value, password: password.value }),
    });
    const landed = new URL(response.url);
    if (response.status === 429) {
      show(t('login.throttled', { seconds: response.headers.get('Retry-After') || '60' }));
    } else if (!response.ok) {
      show(t('login.unavailable', { status: response.status }));
    } else if (landed.pathname === '/login') {
      show(t('login.failed'));
      password.value = '';
      password.setAttribute('aria-invalid', 'true');
      password.focus();
    } else {
      location.assign(landed.pathname + landed.search + landed.hash);
      return;
    }
  } catch (failure) {
    show(t('login.unreachable'));
  }
  submit.disabled = false;
});
