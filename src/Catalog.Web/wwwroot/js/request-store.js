// The requests a page shows: their queue summaries (listings, hub snapshots and events) and, for the ones whose clocks
// are on screen, their full views (GET /api/requests/{id}), fetched a few at a time and again after each event.
import { getRequest } from './requests-api.js';
import { anchorServerTime, loadCalendarsFor } from './clocks.js';

const parallel = 4;

/** A queue summary of a full view, so an action's answer updates the row before its event arrives. */
export function summaryOf(view) {
  const running = view.clocks.filter((c) => c.state === 'Running' && c.dueAt).map((c) => c.dueAt).sort((a, b) => Date.parse(a) - Date.parse(b));
  return {
    id: view.id,
    serviceId: view.serviceId,
    serviceName: view.serviceName,
    providerDepartmentId: view.providerDepartmentId,
    clientDepartmentId: view.clientDepartmentId,
    requester: view.requester,
    title: view.title,
    status: view.status,
    atRisk: view.clocks.some((c) => (c.state === 'Running' || c.state === 'Paused') && c.atRisk && !c.breached),
    breached: view.clocks.some((c) => c.breached),
    nextDueAt: running[0] ?? null,
    filedAt: view.filedAt,
    updatedAt: view.updatedAt,
    awaitingApproval: (view.approvals ?? []).some((a) => a.status === 'Pending'),
  };
}

/** The store; onChange(ids) after summaries or views change (ids: the requests that changed). */
export function createRequestStore({ onChange }) {
  const summaries = new Map();
  const views = new Map();
  const loading = new Map(); // id → promise
  const again = new Set(); // ids that changed while their view was loading
  const waiting = [];
  let running = 0;

  const newer = (next, known) => !known || Date.parse(next.updatedAt) >= Date.parse(known.updatedAt);

  /** Replaces every summary (a listing or a snapshot); views of requests no longer listed are dropped. */
  function replace(items) {
    const ids = new Set(items.map((s) => s.id));
    for (const id of summaries.keys()) if (!ids.has(id)) { summaries.delete(id); views.delete(id); }
    for (const item of items) {
      const known = summaries.get(item.id);
      if (newer(item, known)) summaries.set(item.id, item);
    }
    onChange([...ids]);
  }

  /** Adds or updates one summary unless what the store holds is newer; true when it changed. */
  function upsert(summary) {
    if (!newer(summary, summaries.get(summary.id))) return false;
    summaries.set(summary.id, summary);
    return true;
  }

  function remove(id) {
    summaries.delete(id);
    views.delete(id);
  }

  /** Takes a view (an action's answer or a fetch): its summary follows. */
  function applyView(view) {
    anchorServerTime(view.asOf);
    views.set(view.id, view);
    summaries.set(view.id, summaryOf(view));
    loadCalendarsFor([view]).then(() => onChange([view.id]));
    onChange([view.id]);
  }

  /** Loads (or reloads) a request's view, a few at a time; a reload asked for while loading runs after it. */
  function load(id) {
    if (loading.has(id)) {
      again.add(id);
      return loading.get(id);
    }

    const promise = new Promise((resolve) => waiting.push({ id, resolve }));
    promise.catch(() => {}); // callers that care catch it; the others just keep the old view
    loading.set(id, promise);
    pump();
    return promise;
  }

  function pump() {
    while (running < parallel && waiting.length) {
      const { id, resolve } = waiting.shift();
      running++;
      getRequest(id)
        .then((view) => {
          applyView(view);
          resolve(view);
        }, (error) => resolve(Promise.reject(error)))
        .finally(() => {
          running--;
          loading.delete(id);
          if (again.delete(id)) load(id);
          pump();
        });
    }
  }

  return { summaries, views, replace, upsert, remove, applyView, load };
}
