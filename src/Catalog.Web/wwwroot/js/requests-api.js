// The requests, queues, clock and calendar HTTP API, through api.js (which adds the anti-forgery token to changes).
// A failed write throws an ApiError whose `errors` holds a validation problem's field messages ({ "title": ["Required."] }).
import { getJson, postJson } from './api.js';

const enc = encodeURIComponent;

/** The route verb of each action (POST /api/requests/{id}/{verb}). */
export const verbs = {
  Acknowledge: 'acknowledge',
  Start: 'start',
  WaitOnClient: 'wait',
  Resume: 'resume',
  Resolve: 'resolve',
  Close: 'close',
  Cancel: 'cancel',
  Reopen: 'reopen',
  Comment: 'comments',
};

/** The pause reasons the API knows, in the order a picker lists them. */
export const pauseReasons = ['InformationMissing', 'ApprovalPending', 'ClientUnavailable', 'QuoteAcceptance', 'Other'];

/** Statuses that still belong in a work queue (the provider may act, or the client may still reopen). */
export const openStatuses = ['Submitted', 'Acknowledged', 'InProgress', 'WaitingOnClient', 'Resolved'];

/** Statuses whose provider clocks can still breach. */
export const activeStatuses = ['Submitted', 'Acknowledged', 'InProgress', 'WaitingOnClient'];

/** POST /api/requests with an Idempotency-Key: filing twice with the same key returns the first request. */
export const fileRequest = (body, idempotencyKey) => postJson('/api/requests', body, { 'Idempotency-Key': idempotencyKey });

/** GET /api/requests/{id} → RequestView with clocks as of now, history and allowed actions. */
export const getRequest = (id, signal) => getJson(`/api/requests/${enc(id)}`, signal);

/** How long to wait before the one automatic retry of an action the server could not take just now (503, offline). */
const actionRetryDelayMs = 2000;

/**
 * POST /api/requests/{id}/{verb} { reason?, comment? } as the signed-in person → RequestView. The action carries an
 * idempotency key, so when its answer is lost (the network, or a 503 while the cluster restarts) it is sent once more
 * with the same key: the server then answers the request as it stands instead of acting, or commenting, twice.
 */
export async function act(id, action, body) {
  const key = newIdempotencyKey();
  const send = () => postJson(`/api/requests/${enc(id)}/${verbs[action]}`, body, { 'Idempotency-Key': key });
  try {
    return await send();
  } catch (error) {
    if (error?.status !== 0 && error?.status !== 503) throw error;
    await new Promise((resolve) => setTimeout(resolve, actionRetryDelayMs));
    return send();
  }
}

/**
 * GET /api/queues/{role}/{department} → { items: RequestSummary[], total }, what breaches first first.
 * filters: { status: string[], counterpart, atRisk, breached, limit }.
 */
export function listQueue(role, departmentId, filters = {}, signal) {
  const query = new URLSearchParams();
  if (filters.status?.length) query.set('status', filters.status.join(','));
  if (filters.counterpart) query.set('counterpart', filters.counterpart);
  if (filters.atRisk !== undefined) query.set('atRisk', String(filters.atRisk));
  if (filters.breached !== undefined) query.set('breached', String(filters.breached));
  query.set('limit', String(filters.limit ?? 200));
  return getJson(`/api/queues/${role}/${enc(departmentId)}?${query}`, signal);
}

/** The address of GET /api/queues/{role}/{department}/export: the queue as CSV, with the same filters. */
export function queueExportUrl(role, departmentId, filters = {}) {
  const query = new URLSearchParams();
  if (filters.status?.length) query.set('status', filters.status.join(','));
  if (filters.counterpart) query.set('counterpart', filters.counterpart);
  if (filters.atRisk !== undefined) query.set('atRisk', String(filters.atRisk));
  if (filters.breached !== undefined) query.set('breached', String(filters.breached));
  const text = query.toString();
  return `/api/queues/${role}/${enc(departmentId)}/export${text ? `?${text}` : ''}`;
}

/** GET /api/clock → { now, speed }: the silo's instant and how fast its clock runs. */
export const getClock = () => getJson('/api/clock');

/** GET /api/departments/{id}/calendar → the department's business calendar. */
export const getCalendar = (departmentId) => getJson(`/api/departments/${enc(departmentId)}/calendar`);

/** A fresh idempotency key (one per form: a double click or a retry files one request). */
export function newIdempotencyKey() {
  if (globalThis.crypto?.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
