// The catalogue HTTP API (docs/catalogue-api.md). Every call resolves to parsed JSON or throws an ApiError
// carrying the problem details' title and detail, so the page can show what went wrong (a 403 or a 404 included).
import { antiforgeryToken, leaving, me, redirectToSignIn } from './identity.js';

/** A failed call: the HTTP status and the RFC 7807 problem's title and detail when the server sent one. */
export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail ? `${title}: ${detail}` : title);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
  }
}

/**
 * Any call: method, path, an optional JSON body and extra headers → parsed JSON (null for an empty answer), or an
 * ApiError with the problem's title, detail and field errors. Changes (POST, PUT, DELETE) carry the anti-forgery
 * token from GET /api/me; a 401 (the sign-in expired) sends the browser to the sign-in page.
 */
export async function send(method, path, { body, headers = {}, signal } = {}) {
  const changes = method !== 'GET' && method !== 'HEAD';
  const all = { Accept: 'application/json', ...headers };
  if (body !== undefined) all['Content-Type'] = 'application/json';
  if (changes) {
    await me();
    all['X-XSRF-TOKEN'] = antiforgeryToken();
  }

  let response;
  try {
    response = await fetch(path, { method, headers: all, body: body === undefined ? undefined : JSON.stringify(body), signal, credentials: 'same-origin' });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(0, null, null); // offline or server unreachable: the page words it
  }

  if (response.status === 401) {
    redirectToSignIn();
    return leaving();
  }

  const type = response.headers.get('Content-Type') ?? '';
  const json = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    const error = new ApiError(response.status, json?.title ?? response.statusText ?? null, json?.detail ?? null);
    error.errors = json?.errors ?? null;
    throw error;
  }

  return json;
}

/** GET path → parsed JSON, or an ApiError with the problem's title and detail. */
export async function getJson(path, signal) {
  const body = await send('GET', path, { signal });
  if (body === null) throw new ApiError(200, null, null);
  return body;
}

/** POST path with a JSON body → parsed JSON. */
export const postJson = (path, body, headers) => send('POST', path, { body, headers });

/** PUT path with a JSON body → parsed JSON. */
export const putJson = (path, body) => send('PUT', path, { body });

/** DELETE path → parsed JSON (or null). */
export const deleteJson = (path) => send('DELETE', path);

/** GET /api/departments → Department[] */
export const getDepartments = (signal) => getJson('/api/departments', signal);

/** GET /api/categories → Category[] */
export const getCategories = (signal) => getJson('/api/categories', signal);

/** GET /api/catalogue → { items: ServiceSummary[], total } for the query, department, category and language. */
export function searchCatalogue({ q, department, category, lang }, signal) {
  const query = new URLSearchParams();
  if (q) query.set('q', q);
  if (department) query.set('department', department);
  if (category) query.set('category', category);
  if (lang) query.set('lang', lang);
  const text = query.toString();
  return getJson(text ? `/api/catalogue?${text}` : '/api/catalogue', signal);
}

/** GET /api/catalogue/{id} → ServiceDetails (current entry and every version). */
export const getService = (id, signal) => getJson(`/api/catalogue/${encodeURIComponent(id)}`, signal);
