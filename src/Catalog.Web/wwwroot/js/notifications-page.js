// Notifications (everyone signed in): the person's inbox, newest first (GET /api/me/notifications in the page's
// language), each linking to its request, with Mark read and Mark all read (POST …/read); and their mode per kind,
// Immediate, Digest or None (GET/PUT …/preferences). The texts come written from the server; the page only lays
// them out. After a change the header's unread count follows (event 'catalog:notifications').
import { h } from './dom.js';
import { lang, t } from './i18n.js';
import { getJson, postJson, putJson } from './api.js';
import { current, me } from './identity.js';
import { mountShell } from './shell.js';
import { describe } from './problems.js';
import { formatInstant } from './clocks.js';
import { announce, fill, setupAnnouncer } from './page-common.js';
import './notifications-strings.js';

const elements = {
  message: document.getElementById('message'),
  status: document.getElementById('status'),
  inbox: document.getElementById('inbox'),
  preferences: document.getElementById('preferences'),
};

const modes = ['Immediate', 'Digest', 'None'];
const state = {
  inbox: null, // { unread, items } or null while loading
  preferences: null, // [{ kind, mode }]
  chosen: {}, // kind → mode picked and not saved yet, kept across redraws
  error: null, // { key, error }
  done: null,
};

/** Where a notification's request opens: the provider's queue for its work, the person's requests for what waits on them. */
function requestHref(item) {
  const onTheirOwn = item.kind === 'WaitingOnYou' || item.kind === 'Survey' || current()?.role === 'Requester';
  return `${onTheirOwn ? 'requests.html' : 'queue.html'}#request=${encodeURIComponent(item.requestId)}`;
}

function changed() {
  window.dispatchEvent(new Event('catalog:notifications'));
}

async function load() {
  state.error = null;
  try {
    const [inbox, preferences] = await Promise.all([
      getJson(`/api/me/notifications?limit=100&lang=${lang()}`),
      getJson('/api/me/notifications/preferences'),
    ]);
    state.inbox = inbox;
    state.preferences = preferences.preferences;
  } catch (error) {
    state.error = { key: 'notifications.loadError', error };
  }

  render();
}

async function markRead(ids) {
  state.done = null;
  try {
    await postJson('/api/me/notifications/read', ids ? { ids } : {});
    state.done = t('notifications.marked');
    announce(state.done);
    changed();
    await load();
  } catch (error) {
    state.error = { key: 'notifications.markFailed', error };
    render();
  }
}

async function save(event) {
  event.preventDefault();
  state.done = null;
  const preferences = state.preferences.map((p) => ({ kind: p.kind, mode: state.chosen[p.kind] ?? p.mode }));
  try {
    state.preferences = (await putJson('/api/me/notifications/preferences', { preferences })).preferences;
    state.chosen = {};
    state.done = t('notifications.saved');
    announce(state.done);
  } catch (error) {
    state.error = { key: 'notifications.saveFailed', error };
  }

  render();
}

function renderItem(item) {
  const status = item.emailedAt
    ? t('notifications.emailed', { date: formatInstant(item.emailedAt) })
    : t('notifications.waiting');
  return h('li', { class: 'card', dataset: { testid: 'notification', id: item.id, kind: item.kind, read: String(item.read) } },
    h('p', { class: 'card-meta' },
      h('span', { class: 'badge' }, t(`notifications.kind.${item.kind}`)),
      item.read ? null : h('span', { class: 'badge badge-current', dataset: { testid: 'notification-unread' } }, t('notifications.unread')),
      ' ', formatInstant(item.at)),
    h('p', {}, h('a', { href: requestHref(item), 'aria-label': t('notifications.open', { id: item.requestId }) }, item.text)),
    h('p', { class: 'hint', dataset: { testid: 'notification-mail' } }, status),
    item.read ? null : h('button', {
      type: 'button',
      class: 'button button-small button-secondary',
      dataset: { testid: 'notification-read' },
      onclick: () => markRead([item.id]),
    }, t('notifications.markOne')));
}

function renderInbox() {
  elements.inbox.removeAttribute('aria-busy');
  if (!state.inbox) return fill(elements.inbox);
  const { items, unread } = state.inbox;
  return fill(elements.inbox,
    unread ? h('button', {
      type: 'button',
      class: 'button button-secondary',
      dataset: { testid: 'notifications-read-all' },
      onclick: () => markRead(null),
    }, t('notifications.markAll')) : null,
    items.length
      ? h('ul', { class: 'card-list', dataset: { testid: 'notification-list' } }, items.map(renderItem))
      : h('p', { class: 'hint', dataset: { testid: 'notifications-empty' } }, t('notifications.none')));
}

function renderPreferences() {
  elements.preferences.removeAttribute('aria-busy');
  if (!state.preferences) return fill(elements.preferences);
  const rows = state.preferences.map((p) => {
    const id = `mode-${p.kind}`;
    const select = h('select', { id, name: p.kind, dataset: { testid: `preference-${p.kind}` } },
      modes.map((mode) => h('option', { value: mode, selected: (state.chosen[p.kind] ?? p.mode) === mode }, t(`notifications.mode.${mode}`))));
    select.addEventListener('change', () => { state.chosen[p.kind] = select.value; });
    return h('tr', {},
      h('th', { scope: 'row' }, h('label', { for: id }, t(`notifications.kind.${p.kind}`))),
      h('td', {}, select));
  });
  return fill(elements.preferences,
    h('form', { dataset: { testid: 'preferences-form' }, onsubmit: save },
      h('table', { class: 'table' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('notifications.col.kind')), h('th', { scope: 'col' }, t('notifications.col.mode')))),
        h('tbody', {}, rows)),
      h('button', { type: 'submit', class: 'button', dataset: { testid: 'preferences-save' } }, t('notifications.save'))));
}

function render() {
  elements.message.hidden = !state.error;
  if (state.error) {
    const { title, detail } = describe(state.error.error, state.error.key);
    fill(elements.message, h('p', { class: 'message-title' }, title), detail ? h('p', {}, detail) : null);
  }

  elements.status.hidden = !state.done;
  elements.status.textContent = state.done ?? '';
  renderInbox();
  renderPreferences();
}

mountShell({ onLanguage: load });
setupAnnouncer();
render();
me().then(load, (error) => {
  state.error = { key: 'notifications.loadError', error };
  render();
});
