// SLA clocks in the page: the silo's time (GET /api/clock, which may run faster than real time in a demo), the
// business intervals the server computed for each department's calendar, and countdowns that spend only business
// time between the server's reading and now, so "3 h 10 min left" stands still at lunch, at night and on holidays
// exactly as the server's clock does. No calendar is computed here: the readings and intervals are the server's.
import { h, icon } from './dom.js';
import { formatNumber, locale, t } from './i18n.js';
import { getClock } from './requests-api.js';

const hour = 3_600_000;
const resyncEveryMs = 30_000;

// ---- the server's clock ----------------------------------------------------------------------------------

let base = { server: Date.now(), perf: performance.now(), speed: 1 };
let syncing = null;
const speedHandlers = new Set();

/** The silo's current instant (ms since the epoch), extrapolated from the last reading at its speed. */
export const serverNow = () => base.server + (performance.now() - base.perf) * base.speed;

/** How many silo seconds pass per real second (1 unless a demo accelerates the clock). */
export const clockSpeed = () => base.speed;

/** Reads GET /api/clock (half the round trip is added back); keeps going every 30 s after the first call. */
export function syncServerClock() {
  syncing ??= (async () => {
    await fetchServerClock();
    setInterval(() => fetchServerClock().catch(() => {}), resyncEveryMs);
  })();
  return syncing;
}

async function fetchServerClock() {
  const sent = performance.now();
  const clock = await getClock();
  const received = performance.now();
  const speed = Number(clock.speed) > 0 ? Number(clock.speed) : 1;
  const changed = speed !== base.speed;
  base = { server: Date.parse(clock.now) + ((received - sent) / 2) * speed, perf: received, speed };
  if (changed) for (const handler of speedHandlers) handler(speed);
}

/** Calls handler(speed) when the server reports another clock speed. */
export function onClockSpeed(handler) {
  speedHandlers.add(handler);
  return () => speedHandlers.delete(handler);
}

/**
 * Takes a server reading's instant (a view's asOf) as "now" when it is far from the estimate: a test's fake clock
 * jumps, a paused laptop wakes up. Small differences are network latency and are ignored.
 */
export function anchorServerTime(iso) {
  const at = Date.parse(iso);
  if (!Number.isFinite(at)) return;
  const tolerance = 2_000 + 1_000 * base.speed;
  if (Math.abs(at - serverNow()) > tolerance) base = { ...base, server: at, perf: performance.now() };
}

// ---- business windows ------------------------------------------------------------------------------------

// The server sends, with every snapshot and event, each calendar's business intervals over the next days as UTC
// instants (LiveCalendars, from the C# BusinessCalendar): zones, daylight saving and holidays are already applied,
// so the page only adds up overlaps. department id → { from, to, open: [[startMs, endMs], …] }, the furthest-reaching.
const windows = new Map();
const windowHandlers = new Set();

/** Keeps the business windows of a snapshot or an event ([{ departmentId, from, to, open: [s, e, …] }]). */
export function rememberWindows(list) {
  for (const window of list ?? []) {
    const from = Date.parse(window.from);
    const to = Date.parse(window.to);
    if (!Number.isFinite(from) || !Number.isFinite(to)) continue;
    const known = windows.get(window.departmentId);
    if (known && known.to >= to) continue;
    const open = [];
    const bounds = window.open ?? [];
    for (let i = 0; i + 1 < bounds.length; i += 2) open.push([from + bounds[i] * 1000, from + bounds[i + 1] * 1000]);
    windows.set(window.departmentId, { from, to, open });
  }
}

/** Calls handler() when a known window is about to run out (the page then asks the hub for fresh snapshots). */
export function onWindowsEnding(handler) {
  windowHandlers.add(handler);
  return () => windowHandlers.delete(handler);
}

/**
 * Once a minute: windows that ended are forgotten, and when one ends within the hour (at the clock's speed) the
 * handlers are told, at most every ten minutes, so the page takes fresh snapshots before its countdowns run out.
 */
let lastEndingCall = -Infinity;
setInterval(() => {
  const now = serverNow();
  for (const [department, window] of windows) if (window.to <= now) windows.delete(department);
  const soon = now + hour * Math.max(1, base.speed);
  if (performance.now() - lastEndingCall < 600_000 || ![...windows.values()].some((w) => w.to <= soon)) return;
  lastEndingCall = performance.now();
  for (const handler of windowHandlers) handler();
}, 60_000);

/**
 * Business time (ms) in [from, to) on a department's calendar: the overlap with its known business intervals.
 * known: false when part of the span lies outside the window the server sent (that part is not counted).
 */
export function businessTimeBetween(departmentId, from, to) {
  const window = windows.get(departmentId);
  if (!window) return { ms: 0, known: false };
  let ms = 0;
  for (const [start, end] of window.open) {
    if (start >= to) break;
    const overlap = Math.min(to, end) - Math.max(from, start);
    if (overlap > 0) ms += overlap;
  }
  return { ms, known: from >= window.from && to <= window.to };
}

/** Whether a department's calendar is open at an instant (false when unknown). */
function isOpen(departmentId, at) {
  const window = windows.get(departmentId);
  return Boolean(window?.open.some(([start, end]) => start <= at && at < end));
}

// ---- readings ------------------------------------------------------------------------------------------

/** A TimeSpan as JSON writes it ("1.02:03:04.5", "-00:30:00") → ms. */
export function parseTimeSpan(text) {
  if (typeof text !== 'string') return 0;
  const match = /^(-)?(?:(\d+)\.)?(\d+):(\d+):(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) return 0;
  const [, minus, days = '0', hours, minutes, seconds, fraction = '0'] = match;
  const ms = (((Number(days) * 24 + Number(hours)) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000
    + Math.round(Number(`0.${fraction}`) * 1000);
  return minus ? -ms : ms;
}

/**
 * A clock as of now: the server's remaining business time at asOf (its reading), less the business time of its
 * calendar's intervals since (only while it runs). counting: it runs and its calendar is open now. A clock of the full
 * view (GET /api/requests/{id}) names no calendar: its holder's is the one that measures it.
 */
export function readClock(clock, asOf, now = serverNow()) {
  const remaining = parseTimeSpan(clock.remaining);
  if (clock.state !== 'Running') return { remaining, counting: false };
  const calendar = clock.calendarDepartmentId ?? clock.holderDepartmentId;
  const since = Date.parse(asOf);
  if (!Number.isFinite(since) || now <= since) return { remaining, counting: isOpen(calendar, now) };
  return { remaining: remaining - businessTimeBetween(calendar, since, now).ms, counting: isOpen(calendar, now) };
}

/**
 * Where a clock stands now, for colour, icon and words together: 'met', 'breached', 'atRisk', 'paused', 'onTrack'
 * or 'notStarted'. A running clock past its warning instant is at risk before the server's event arrives.
 */
export function clockStatus(clock, reading, now = serverNow()) {
  if (clock.state === 'NotStarted') return 'notStarted';
  if (clock.breached || (clock.state === 'Running' && reading.remaining <= 0)) return 'breached';
  if (clock.state === 'Stopped') return 'met';
  if (clock.atRisk || (clock.state === 'Running' && clock.atRiskAt && now >= Date.parse(clock.atRiskAt))) return 'atRisk';
  return clock.state === 'Paused' ? 'paused' : 'onTrack';
}

// ---- formatting ----------------------------------------------------------------------------------------

/** A duration as "34 h 05 min", "12 min 07 s" or "45 s" (the sign is the caller's to word). */
export function formatDuration(ms) {
  const total = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (n) => String(n).padStart(2, '0');
  if (hours > 0) return t('duration.hm', { h: formatNumber(hours), m: two(minutes) });
  if (minutes > 0) return t('duration.ms', { m: minutes, s: two(seconds) });
  return t('duration.s', { s: seconds });
}

/** An instant as "Mon, Nov 30, 1:10 p.m." / "lun. 30 nov., 13 h 10". */
export function formatInstant(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(), { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(date);
}

/** An instant's time of day with seconds, for a live feed: "1:10:05 p.m." / "13 h 10 min 05 s". */
export function formatTime(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale(), { hour: 'numeric', minute: '2-digit', second: '2-digit' }).format(date);
}

/** "3 min ago" / "il y a 3 min" relative to the server's now. */
export function formatAgo(iso, now = serverNow()) {
  const at = Date.parse(iso);
  if (!Number.isFinite(at)) return '';
  const seconds = Math.round((at - now) / 1000);
  const format = new Intl.RelativeTimeFormat(locale(), { numeric: 'auto', style: 'short' });
  if (Math.abs(seconds) < 60) return format.format(Math.min(0, seconds), 'second');
  if (Math.abs(seconds) < 3600) return format.format(Math.round(seconds / 60), 'minute');
  if (Math.abs(seconds) < 86_400) return format.format(Math.round(seconds / 3600), 'hour');
  return format.format(Math.round(seconds / 86_400), 'day');
}

// ---- live countdowns -----------------------------------------------------------------------------------

const ticking = new Set();
let ticker = 0;

/** Calls update() now and every second while element stays in the document. */
export function everySecond(element, update) {
  update();
  ticking.add({ element, update });
  ticker ||= setInterval(() => {
    for (const entry of ticking) {
      if (!entry.element.isConnected) {
        ticking.delete(entry);
      } else {
        entry.update();
      }
    }
  }, 1000);
}

const statusIcons = { met: 'check', breached: 'breach', atRisk: 'alert', paused: 'pause', onTrack: 'clock', notStarted: 'minus' };

/** The icon name of a clock status (colour is never the only signal: every status has its icon and its words). */
export const statusIcon = (status) => statusIcons[status] ?? 'clock';

/** The clock's name: "Acknowledgement", "Resolution", "Client response" (the client reads "Your response"). */
export const clockName = (kind, role) => (kind === 'ClientResponse' && role === 'client' ? t('clock.ClientResponse.yours') : t(`clock.${kind}`));

/**
 * One clock as a list item whose words, icon and colour follow the clock live:
 * "Resolution · 34 h 05 min left · due Mon, Nov 30, 1:10 p.m. · At risk".
 */
export function clockItem(clock, view, { role = 'client', compact = false } = {}) {
  const value = h('span', { class: 'clock-value', role: 'timer', dataset: { testid: 'clock-remaining' } });
  const due = h('span', { class: 'clock-due' });
  const badge = h('span', { class: 'clock-badge', dataset: { testid: 'clock-status' } });
  const note = h('span', { class: 'clock-note' });
  const item = h('li', { class: 'clock', dataset: { testid: 'clock', kind: clock.kind, state: clock.state } },
    h('span', { class: 'clock-name' }, clockName(clock.kind, role)),
    value, due, badge, note);

  everySecond(item, () => {
    const now = serverNow();
    const reading = readClock(clock, view.asOf, now);
    const status = clockStatus(clock, reading, now);
    item.dataset.status = status;
    const text = clock.state === 'Stopped' || clock.state === 'NotStarted'
      ? ''
      : reading.remaining > 0
        ? t('clock.left', { time: formatDuration(reading.remaining) })
        : t('clock.overdue', { time: formatDuration(reading.remaining) });
    if (value.textContent !== text) value.textContent = text;

    const dueText = clock.state === 'Running' && clock.dueAt
      ? t(reading.remaining > 0 ? 'clock.due' : 'clock.wasDue', { date: formatInstant(clock.dueAt) })
      : clock.state === 'Stopped' && clock.breachedAt ? t('clock.breachedAt', { date: formatInstant(clock.breachedAt) }) : '';
    if (due.textContent !== dueText) due.textContent = dueText;

    const label = t(`clock.status.${status}`);
    if (badge.dataset.status !== status || badge.lastChild?.textContent !== label) {
      badge.dataset.status = status;
      badge.replaceChildren(icon(statusIcon(status)), h('span', {}, label));
    }

    const noteText = clock.state === 'Paused' ? t(role === 'client' ? 'clock.pausedForYou' : 'clock.pausedFor', { reason: t(`pause.${view.pauseReason ?? 'Other'}`) })
      : compact ? ''
        : clock.state === 'Running' && reading.remaining > 0 && !reading.counting ? t('clock.offHours')
          : t('clock.target', { target: formatTargetShort(clock.target) });
    if (note.textContent !== noteText) note.textContent = noteText;
  });
  return item;
}

function formatTargetShort(target) {
  if (!target) return '';
  const key = target.unit === 'BusinessHours' ? 'unit.BusinessHours' : 'unit.BusinessDays';
  const category = new Intl.PluralRules(locale()).select(target.value) === 'one' ? 'one' : 'other';
  return t(`${key}.${category}`, { count: formatNumber(target.value) });
}

/**
 * The clocks worth showing: every provider clock and the client-response clock once it started; in compact lists
 * only those still counting (running or paused) and the ones that breached.
 */
export function visibleClocks(view, { compact = false } = {}) {
  const clocks = (view?.clocks ?? []).filter((c) => c.state !== 'NotStarted');
  const latest = new Map();
  for (const clock of clocks) latest.set(clock.kind, clock); // one per kind: the last client-response pause
  const list = [...latest.values()];
  return compact ? list.filter((c) => c.state === 'Running' || c.state === 'Paused' || c.breached) : list;
}

/** The status of the clock that breaches first among the view's running ones (or its worst), for a row's flag. */
export function worstStatus(view, now = serverNow()) {
  const order = ['breached', 'atRisk', 'paused', 'onTrack', 'met', 'notStarted'];
  let worst = 'notStarted';
  for (const clock of view?.clocks ?? []) {
    if (clock.state === 'Stopped' && !clock.breached) continue;
    const status = clockStatus(clock, readClock(clock, view.asOf, now), now);
    if (order.indexOf(status) < order.indexOf(worst)) worst = status;
  }
  return worst;
}

/** The running clock that breaches first (smallest business time left), or null. */
export function nextClock(view, now = serverNow()) {
  let next = null;
  let least = Infinity;
  for (const clock of view?.clocks ?? []) {
    if (clock.state !== 'Running') continue;
    const { remaining } = readClock(clock, view.asOf, now);
    if (remaining < least) {
      least = remaining;
      next = clock;
    }
  }
  return next;
}

