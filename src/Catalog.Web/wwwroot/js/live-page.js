// How a page follows live changes: the SignalR hub through live.js, with a plain 5-second refresh while the hub is
// not connected (first connection, a restart, a proxy that blocks WebSockets), so a page is never silently stale.
import { joinBoard, joinDepartment, leaveDepartment, onConnectionState, onEvents, resync } from './live.js';
import { h } from './dom.js';
import { formatNumber, t } from './i18n.js';
import { anchorServerTime, clockSpeed, onClockSpeed, onWindowsEnding, rememberWindows } from './clocks.js';

const pollEveryMs = 5_000;

/**
 * Follows a group. target: { department, role } or { board: true }. onSnapshot(snapshot) gets the hub's snapshot
 * on (re)join; onEvents(events) each batch of new events; refresh() reloads from HTTP while the hub is away. The
 * business windows that come with snapshots and events are kept for the countdowns (clocks.js) before the page sees
 * them, and fresh snapshots are asked for before they run out: a live page never asks for a request or a calendar.
 * Returns { follow(target), status }: follow switches group (a new department), status is the badge to show.
 */
export function followLive({ target, onSnapshot, onEvents: handleEvents, refresh }) {
  let current = null;
  let state = 'connecting';
  let joined = 'pending'; // 'pending' | 'joined' | 'failed'
  let pollTimer = 0;
  const label = h('span', { class: 'live-label' });
  const pill = h('p', { class: 'live-status', dataset: { testid: 'live-status' } }, h('span', { class: 'live-dot', 'aria-hidden': 'true' }), label);
  // A demo may run the platform's clock fast: say so, or the countdowns look wrong.
  const speed = h('p', { class: 'clock-speed', hidden: true, dataset: { testid: 'clock-speed' } });
  const status = h('div', { class: 'live-tools' }, speed, pill);

  const shown = () => {
    if (state !== 'connected') return state;
    return joined === 'joined' ? 'connected' : joined === 'failed' ? 'unavailable' : 'connecting';
  };
  const render = () => {
    pill.dataset.state = shown();
    label.textContent = t(`live.${shown()}`);
    speed.hidden = clockSpeed() === 1;
    speed.textContent = t('live.speed', { speed: formatNumber(clockSpeed()) });
  };
  onClockSpeed(render);

  const poll = () => {
    clearInterval(pollTimer);
    pollTimer = 0;
    if (shown() !== 'connected') pollTimer = setInterval(() => refresh?.(), pollEveryMs);
  };

  let started = false;
  onConnectionState((next) => {
    // live.js says "disconnected" before its first attempt: that is still connecting, not offline.
    if (!started && next === 'disconnected') return;
    started = true;
    state = next;
    render();
    poll();
  });
  onEvents((events) => {
    for (const event of events) rememberWindows(event.calendars);
    handleEvents?.(events);
  });
  onWindowsEnding(() => resync());
  const takeSnapshot = (snapshot) => {
    rememberWindows(snapshot?.calendars);
    if (snapshot?.asOf) anchorServerTime(snapshot.asOf);
    onSnapshot?.(snapshot);
  };

  async function follow(next) {
    const previous = current;
    current = next;
    joined = 'pending';
    try {
      if (previous?.department && (previous.department !== next.department || previous.role !== next.role)) {
        await leaveDepartment(previous.department, previous.role);
      }

      if (next.board) {
        await joinBoard((snapshot) => current === next && takeSnapshot(snapshot));
      } else {
        await joinDepartment(next.department, next.role, (snapshot) => current === next && takeSnapshot(snapshot));
      }

      if (current === next) joined = 'joined';
    } catch (error) {
      console.warn('live: could not follow', next, error);
      if (current === next) joined = 'failed';
    }

    render();
    poll();
  }

  render();
  poll();
  follow(target);
  return { follow, status, rerender: render };
}
