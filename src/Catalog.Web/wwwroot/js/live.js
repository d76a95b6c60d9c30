// The live hub (/hubs/live) for the pages: one shared SignalR connection that reconnects by itself and, after
// every reconnection, joins the page's groups again and hands the page a fresh snapshot, so nothing missed while
// offline stays missing. Events arrive in batches; a request's events come in sequence order and each reaches the
// page once, even when the connection is in several groups that carry it (provider:it and board, say).
//
//   import { joinDepartment, onEvents } from './live.js';
//   onEvents((events) => events.forEach(applyToQueue));
//   await joinDepartment('it', 'provider', (page) => renderQueue(page.items));
//
// The SignalR client is served from /lib/signalr/signalr.min.js (copied from npm at build); a page may include it
// with a <script> tag, otherwise the first call loads it.

const hubUrl = '/hubs/live';
const clientScript = '/lib/signalr/signalr.min.js';
const maxRetryDelayMs = 30_000;
const rememberedRequests = 5_000;

let connection = null;
let starting = null;
let clientLoading = null;
let state = 'disconnected';
const groups = new Map(); // group name → { join: (hub) => Promise<snapshot>, onSnapshot }
const eventHandlers = new Set();
const stateHandlers = new Set();
const lastSequence = new Map(); // request id → highest sequence handed to the page

/** Waits 0 s, 1 s, 2 s, 4 s … up to 30 s between attempts, forever (the server may be redeployed). */
const retryDelay = (attempt) => (attempt === 0 ? 0 : Math.min(maxRetryDelayMs, 1000 * 2 ** Math.min(attempt - 1, 5)));

function setState(next) {
  if (state === next) return;
  state = next;
  for (const handler of stateHandlers) handler(next);
}

/** The global signalR of the npm browser bundle, loading it once when the page did not. */
function loadClient() {
  if (globalThis.signalR) return Promise.resolve(globalThis.signalR);
  clientLoading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = clientScript;
    script.onload = () => (globalThis.signalR ? resolve(globalThis.signalR) : reject(new Error(`${clientScript} did not define signalR`)));
    script.onerror = () => {
      clientLoading = null;
      reject(new Error(`Could not load ${clientScript}`));
    };
    document.head.append(script);
  });
  return clientLoading;
}

/** Hands the page the events it has not seen yet (a batch per group may repeat events of another group). */
function deliver(batch) {
  const fresh = [];
  for (const event of batch) {
    const last = lastSequence.get(event.requestId) ?? 0;
    if (event.sequence <= last) continue;
    lastSequence.delete(event.requestId); // re-insert: the map stays ordered by last use
    lastSequence.set(event.requestId, event.sequence);
    fresh.push(event);
  }

  while (lastSequence.size > rememberedRequests) lastSequence.delete(lastSequence.keys().next().value);
  if (fresh.length === 0) return;
  for (const handler of eventHandlers) {
    try {
      handler(fresh);
    } catch (error) {
      console.error('live: an event handler failed', error);
    }
  }
}

/** How the hub words a refusal to let this person follow a group (LiveHub). */
const refusedAccess = /You may not follow|You belong to no department/;

/**
 * Joins one group again and passes its snapshot on; while the server cannot give a snapshot (its storage or a
 * silo briefly away) it asks again, 1 s, 2 s, 4 s … up to 30 s apart, so the page never stays on stale figures.
 */
async function rejoin(name, group) {
  for (let attempt = 1; groups.get(name) === group; attempt++) {
    try {
      group.onSnapshot?.(await group.join(connection));
      return;
    } catch (error) {
      // The server closes a connection whose person changed roles; if they may no longer follow this group, the
      // page reloads to show what they may see now instead of a view that has silently stopped updating.
      if (refusedAccess.test(String(error?.message ?? ''))) {
        window.location.reload();
        return;
      }
      if (connection?.state !== 'Connected') return; // the reconnection rejoins everything
      // Expected while a silo or the storage is briefly away: not an error of the page, it asks again.
      const delay = retryDelay(attempt);
      console.warn(`live: could not rejoin ${name}, retrying in ${delay / 1000} s`, error);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** Joins every group the page follows again and passes each snapshot on. */
async function rejoinAll() {
  await Promise.all([...groups].map(([name, group]) => rejoin(name, group)));
}

async function startWithRetry() {
  for (let attempt = 0; ; attempt++) {
    try {
      setState('connecting');
      await connection.start();
      setState('connected');
      return;
    } catch (error) {
      setState('disconnected');
      const delay = Math.max(1000, retryDelay(attempt + 1));
      console.warn(`live: could not connect, retrying in ${delay / 1000} s`, error);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** Connects once (later calls share the connection); resolves when connected. */
export async function connect() {
  if (!starting) {
    starting = (async () => {
      const signalR = await loadClient();
      connection = new signalR.HubConnectionBuilder()
        .withUrl(hubUrl)
        .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (context) => retryDelay(context.previousRetryCount) })
        .configureLogging(signalR.LogLevel.Warning)
        .build();
      connection.on('events', deliver);
      // The server lost (or gained) a silo: events in flight may be gone, so redraw from fresh snapshots.
      connection.on('resync', () => rejoinAll());
      connection.onreconnecting(() => setState('reconnecting'));
      connection.onreconnected(async () => {
        setState('connected');
        await rejoinAll();
      });
      connection.onclose(async () => {
        // Only when stopped, or when the server refused to go on: start over unless the page asked to stop.
        if (!starting) return setState('disconnected');
        await startWithRetry();
        await rejoinAll();
      });
      await startWithRetry();
    })();
  }

  await starting;
  return connection;
}

async function join(name, invoke, onSnapshot) {
  const hub = await connect();
  const group = { join: invoke, onSnapshot };
  const snapshot = await invoke(hub); // throws the server's message (unknown department, bad role) to the caller
  groups.set(name, group);
  onSnapshot?.(snapshot);
  return snapshot;
}

/**
 * Follows a department's queue: role 'provider' (what it works on) or 'client' (what it filed). Calls onSnapshot
 * with the queue ({ items, total, asOf, calendars }: each item's clocks read at asOf, the business windows of their
 * calendars) now and after every reconnection; resolves with the first one.
 */
export function joinDepartment(departmentId, role, onSnapshot) {
  return join(`${role}:${departmentId}`, (hub) => hub.invoke('JoinDepartment', departmentId, role), onSnapshot);
}

/** Stops following a department's queue. */
export async function leaveDepartment(departmentId, role) {
  if (!groups.delete(`${role}:${departmentId}`) || connection?.state !== 'Connected') return;
  await connection.invoke('LeaveDepartment', departmentId, role);
}

/**
 * Follows the organisation's board (every event). Calls onSnapshot with { requests, counters, truncated } (the open
 * requests at risk or breached, the figures per department pair) now and after every reconnection.
 */
export function joinBoard(onSnapshot) {
  return join('board', (hub) => hub.invoke('JoinBoard'), onSnapshot);
}

/** Stops following the board. */
export async function leaveBoard() {
  if (!groups.delete('board') || connection?.state !== 'Connected') return;
  await connection.invoke('LeaveBoard');
}

/**
 * Calls handler(events) for each batch of new events: { type: 'filed' | 'transitioned' | 'atRisk' | 'breached',
 * requestId, providerDepartmentId, clientDepartmentId, sequence, at, clock, holderDepartmentId, dueAt, action,
 * from, to, by, reason, comment, step, summary, calendars }: the summary carries what pages draw (status, clocks read at
 * summary.asOf, pauseReason, providerActions, clientActions), calendars the business windows of its clocks'
 * calendars. Returns a function that removes the handler.
 */
export function onEvents(handler) {
  eventHandlers.add(handler);
  return () => eventHandlers.delete(handler);
}

/** Calls handler('connecting' | 'connected' | 'reconnecting' | 'disconnected') on every change; returns a remover. */
export function onConnectionState(handler) {
  stateHandlers.add(handler);
  handler(state);
  return () => stateHandlers.delete(handler);
}

/** Joins every followed group again and hands the pages fresh snapshots (when their clock readings run out). */
export async function resync() {
  if (connection?.state === 'Connected') await rejoinAll();
}

/** Leaves every group and closes the connection. */
export async function disconnect() {
  const closing = connection;
  starting = null;
  connection = null;
  groups.clear();
  if (closing) await closing.stop();
  setState('disconnected');
}
