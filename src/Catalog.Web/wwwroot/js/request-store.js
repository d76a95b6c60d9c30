// The requests a page shows: their summaries as the hub's snapshots and events carry them (status, pause reason, clocks
// read by the server, each side's actions), so rows and cards draw without asking for any request; and the full view
// of the one open in the panel (GET /api/requests/{id}), fetched once when opened and then kept current from the
// events too. Only a step (a quote, an approval, a transfer), whose records the events do not carry, fetches it again.
import { getRequest } from './requests-api.js';
import { anchorServerTime } from './clocks.js';

const time = (iso) => (iso ? Date.parse(iso) : -Infinity);

/**
 * The store; onChange(ids) after summaries or views change (ids: the requests that changed). role: 'provider' or
 * 'client', the side the page acts as; actionsFor(summary): the actions the signed-in person may take on a request
 * from its summary (the page picks its side's list).
 */
export function createRequestStore({ onChange, role, actionsFor }) {
  const summaries = new Map();
  const views = new Map();
  const loading = new Map(); // id → promise
  const again = new Set(); // ids to fetch again once the running fetch ends

  /** Not older than what the store holds; at equal instants, a reading the server took later wins (or one with any). */
  const newer = (next, known) => !known || time(next.updatedAt) > time(known.updatedAt)
    || (time(next.updatedAt) === time(known.updatedAt) && (!known.asOf || time(next.asOf) >= time(known.asOf)));

  /** Replaces every summary (a snapshot); views of requests no longer there are dropped. */
  function replace(items) {
    const ids = new Set(items.map((s) => s.id));
    for (const id of summaries.keys()) if (!ids.has(id)) { summaries.delete(id); views.delete(id); }
    merge(items);
  }

  /** Adds or updates summaries (a listing, a snapshot's part) unless what the store holds is newer. */
  function merge(items) {
    for (const item of items) upsert(item);
    onChange(items.map((s) => s.id));
  }

  /** Adds or updates one summary unless what the store holds is newer; true when it changed. */
  function upsert(summary) {
    const known = summaries.get(summary.id);
    if (!newer(summary, known)) return false;
    // A listing row (no reading) keeps the reading the store has of the same change.
    summaries.set(summary.id, !summary.asOf && known?.asOf && time(known.updatedAt) === time(summary.updatedAt)
      ? { ...summary, clocks: known.clocks, asOf: known.asOf }
      : summary);
    return true;
  }

  function remove(id) {
    summaries.delete(id);
    views.delete(id);
  }

  /**
   * Takes a full view (the panel's fetch, an action's answer). The row follows at once with what the view says (status,
   * pause reason, clocks, the viewer's actions) until the event of the change brings the server's summary.
   */
  function applyView(view) {
    anchorServerTime(view.asOf);
    const knownView = views.get(view.id);
    if (knownView && time(knownView.updatedAt) > time(view.updatedAt)) return;
    views.set(view.id, view);
    const known = summaries.get(view.id);
    if (known && time(view.updatedAt) >= time(known.updatedAt)) {
      summaries.set(view.id, {
        ...known,
        status: view.status,
        updatedAt: view.updatedAt,
        pauseReason: view.pauseReason ?? null,
        clocks: view.clocks,
        asOf: view.asOf,
        [role === 'client' ? 'clientActions' : 'providerActions']: view.allowedActions,
      });
    }
    onChange([view.id]);
  }

  /** Applies a live event: its summary, and for the request open in the panel, its view (history included). */
  function applyEvent(event) {
    const changed = event.summary ? upsert(event.summary) : false;
    const view = views.get(event.requestId);
    if (view && event.summary && time(event.summary.updatedAt) >= time(view.updatedAt)) {
      views.set(event.requestId, viewAfter(view, event));
      // The records of a step (quotes, approvals, transfers) are not in events: the open request is read again.
      if (event.step) load(event.requestId);
    }
    return changed;
  }

  function viewAfter(view, event) {
    const summary = event.summary;
    const next = {
      ...view,
      status: summary.status,
      pauseReason: summary.pauseReason ?? null,
      updatedAt: summary.updatedAt,
      clocks: summary.clocks ?? view.clocks,
      asOf: summary.asOf ?? view.asOf,
      allowedActions: actionsFor(summary),
    };
    if (event.type === 'transitioned' && !view.history.some((r) => r.at === event.at && r.action === event.action && r.by === event.by)) {
      next.history = [...view.history, {
        action: event.action, from: event.from, to: event.to, at: event.at, by: event.by,
        reason: event.reason ?? null, comment: event.comment ?? null, step: event.step ?? null,
      }];
    }
    return next;
  }

  /** Fetches a request's full view (the panel's); asked again while fetching, it fetches once more after. */
  function load(id) {
    if (loading.has(id)) {
      again.add(id);
      return loading.get(id);
    }

    const promise = getRequest(id).then((view) => {
      applyView(view);
      return view;
    }).finally(() => {
      loading.delete(id);
      if (again.delete(id)) load(id);
    });
    promise.catch(() => {}); // callers that care catch it; the others keep the old view
    loading.set(id, promise);
    return promise;
  }

  return { summaries, views, replace, merge, upsert, remove, applyView, applyEvent, load };
}
