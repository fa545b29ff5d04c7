// Calls to the platform's REST API with the console's session: JSON in and out, the CSRF token from the XSRF-TOKEN
// cookie in the X-XSRF-TOKEN header of every write, problem details (RFC 9457) turned into ApiProblem errors.

/** An error answer of the platform: its status, title, detail and field errors. */
export class ApiProblem extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors || [];
  }
}

/** The CSRF token the platform set in the XSRF-TOKEN cookie. */
export function csrfToken() {
  const cookie = document.cookie.split('; ').find((part) => part.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

/** The problem detail of an error answer, as an ApiProblem. */
export async function problemOf(response) {
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : {};
  return new ApiProblem(response.status, body);
}

/** GETs JSON; a lost session sends the browser to the login page. */
export async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (response.status === 401) {
    location.assign('/login');
  }
  if (!response.ok) {
    throw await problemOf(response);
  }
  return response.json();
}

/** POSTs a form or JSON body with the CSRF header; answers the fetch response. */
export async function post(url, body, headers = {}) {
  return send('POST', url, body, headers);
}

/**
 * Sends a write (POST, PUT, DELETE) with the CSRF header: a form, a file (Blob, with the headers' Content-Type) or
 * JSON body; answers the fetch response.
 */
export async function send(method, url, body, headers = {}) {
  const json = body !== undefined && !(body instanceof URLSearchParams) && !(body instanceof FormData)
    && !(body instanceof Blob) && typeof body !== 'string';
  return fetch(url, {
    method,
    headers: {
      'X-XSRF-TOKEN': csrfToken(),
      ...(json ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
    body: json ? JSON.stringify(body) : body,
  });
}

/** POSTs like post() and answers the answer's JSON, or throws the platform's problem as an ApiProblem. */
export async function postJson(url, body, headers = {}) {
  const response = await post(url, body, headers);
  if (!response.ok) {
    throw await problemOf(response);
  }
  return response.json();
}

/** A key for one report, sent again with every retry of it (crypto.randomUUID needs a secure context). */
export function idempotencyKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Creates an element with attributes and children (strings become text, never HTML). */
export function element(name, attributes = {}, ...children) {
  const created = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (key === 'class') {
      created.className = value;
    } else if (key.startsWith('data')) {
      created.setAttribute(key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`), value);
    } else {
      created.setAttribute(key, value === true ? '' : value);
    }
  }
  created.append(...children.flat().filter((child) => child !== undefined && child !== null));
  return created;
}
