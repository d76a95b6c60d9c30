// People's names: requests carry user ids ("hr.requester"), the pages show who that is ("Marie Tremblay", the id as its
// tooltip). A render asks for the names it needs with nameOf/person; the ids it did not know yet go out together, in
// one GET /api/directory/people/names a little later (200 ids a call at most), so the first render never waits: it
// shows ids, and the page renders again once when the names arrive (onNames). Answers stay for the page's life. An id
// the directory does not know keeps showing as itself; after a failed call too, and it is asked again only when a
// later render needs it, no sooner than a while later, so a failing server never turns into a loop of calls.
import { h } from './dom.js';
import { getJson } from './api.js';

const perCall = 200;
const retryAfterMs = 30_000;

const names = new Map(); // id → display name (ids the directory knows)
const answered = new Set(); // ids the server answered for, known or not
const asking = new Set(); // ids in a call under way
const failedAt = new Map(); // id → when a call for it last failed
const listeners = new Set();
let wanted = new Set();
let flushTimer = 0;

const normalize = (id) => String(id ?? '').trim().toLowerCase();

/** The display name of a user id, or the id itself until it is known (or when nobody has that id). */
export function nameOf(id) {
  if (!id) return '';
  want(id);
  return names.get(normalize(id)) ?? id;
}

/**
 * The person as an element: their name, with their id as its tooltip (just the id while the name is unknown).
 * Extra attributes go on the span ({ class, dataset }).
 */
export function person(id, { class: className, dataset } = {}) {
  const name = nameOf(id);
  return h('span', {
    class: ['person', className].filter(Boolean).join(' '),
    title: name !== id ? id : null,
    dataset: { userId: id ?? '', ...dataset },
  }, name);
}

/** Calls back (with the ids just named) whenever names arrive; returns the way to stop listening. */
export function onNames(callback) {
  listeners.add(callback);
  return () => listeners.delete(callback);
}

function want(id) {
  const key = normalize(id);
  if (!key || answered.has(key) || asking.has(key) || wanted.has(key)) return;
  if (Date.now() - (failedAt.get(key) ?? -Infinity) < retryAfterMs) return;
  wanted.add(key);
  // A timer rather than a microtask: every render of this turn (a listing, then its panel) joins the same call.
  flushTimer ||= setTimeout(flush, 0);
}

function flush() {
  flushTimer = 0;
  const ids = [...wanted];
  wanted = new Set();
  for (let start = 0; start < ids.length; start += perCall) ask(ids.slice(start, start + perCall));
}

async function ask(ids) {
  for (const id of ids) asking.add(id);
  const query = new URLSearchParams(ids.map((id) => ['id', id]));
  try {
    const found = await getJson(`/api/directory/people/names?${query}`);
    const named = [];
    for (const id of ids) {
      answered.add(id);
      failedAt.delete(id);
      const name = typeof found[id] === 'string' ? found[id].trim() : '';
      if (name && names.get(id) !== name) {
        names.set(id, name);
        named.push(id);
      }
    }
    if (named.length) for (const listener of listeners) listener(named);
  } catch (error) {
    // The ids keep standing in for the names (what the page shows already): nothing to redraw, nothing to log
    // but a note for whoever debugs the page.
    for (const id of ids) failedAt.set(id, Date.now());
    console.warn('Names could not be loaded; showing user ids.', error);
  } finally {
    for (const id of ids) asking.delete(id);
  }
}
