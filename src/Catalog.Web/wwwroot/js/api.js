// The catalogue HTTP API (docs/catalogue-api.md). Every call resolves to parsed JSON or throws an ApiError
// carrying the problem details' title and detail, so the page can show what went wrong.

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

/** GET path → parsed JSON, or an ApiError with the problem's title and detail. */
export async function getJson(path, signal) {
  let response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' }, signal });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(0, null, null); // offline or server unreachable: the page words it
  }

  const type = response.headers.get('Content-Type') ?? '';
  const body = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    throw new ApiError(response.status, body?.title ?? response.statusText ?? null, body?.detail ?? null);
  }

  if (body === null) {
    throw new ApiError(response.status, null, null);
  }

  return body;
}

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
