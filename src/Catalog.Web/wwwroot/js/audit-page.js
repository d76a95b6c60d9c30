// Audit trail (auditors): who changed what, when and from where, newest first, filtered by what changed (entity
// type and id), who changed it and when; the same filters give the CSV export. The filters live in the address, so
// a search can be shared. Anyone else meets the server's refusal, shown as the page shows any failure.
import { h, icon } from './dom.js';
import { locale, pick, plural, t } from './i18n.js';
import { getJson } from './api.js';
import { departments, knownDepartments, mountShell } from './shell.js';
import { describe } from './problems.js';
import { fill } from './page-common.js';
import { onNames, person } from './names.js';

const entityTypes = ['request', 'service', 'department', 'agreement', 'calendar', 'user', 'message-template'];
/** Changed fields whose values are user ids: shown by name, the id as tooltip. */
const personFields = new Set(['requester', 'by']);
const limit = 200;

const elements = {
  form: document.getElementById('filters'),
  type: document.getElementById('entity-type'),
  id: document.getElementById('entity-id'),
  user: document.getElementById('user-id'),
  from: document.getElementById('from'),
  to: document.getElementById('to'),
  clear: document.getElementById('clear'),
  count: document.getElementById('audit-count'),
  message: document.getElementById('message'),
  table: document.getElementById('audit'),
  rows: document.getElementById('audit-rows'),
  footer: document.getElementById('audit-footer'),
  export: document.getElementById('export'),
};

const state = { ...readFilters(), entries: null, error: null };
let loading = null;

function readFilters() {
  const query = new URLSearchParams(location.search);
  const type = query.get('entityType') ?? '';
  return {
    entityType: entityTypes.includes(type) ? type : '',
    entityId: query.get('entityId') ?? '',
    userId: query.get('userId') ?? '',
    from: query.get('from') ?? '',
    to: query.get('to') ?? '',
  };
}

/** The filters as the API takes them: dates become the instants that start and end those days, here. */
function apiQuery() {
  const query = new URLSearchParams();
  if (state.entityType) query.set('entityType', state.entityType);
  if (state.entityId) query.set('entityId', state.entityId);
  if (state.userId) query.set('userId', state.userId);
  if (state.from) query.set('from', new Date(`${state.from}T00:00:00`).toISOString());
  if (state.to) {
    const end = new Date(`${state.to}T00:00:00`);
    end.setDate(end.getDate() + 1);
    query.set('to', end.toISOString());
  }
  return query;
}

function writeFilters() {
  const query = new URLSearchParams();
  for (const key of ['entityType', 'entityId', 'userId', 'from', 'to']) if (state[key]) query.set(key, state[key]);
  const search = query.toString();
  history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
}

// ---- rendering -------------------------------------------------------------------------------------------

const departmentName = (id) => (id ? pick(knownDepartments().find((d) => d.id === id)?.name) || id : '—');
const when = (iso) => new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso));

function renderFilters() {
  fill(elements.type, h('option', { value: '' }, t('audit.type.all')),
    entityTypes.map((type) => h('option', { value: type }, t(`audit.type.${type}`))));
  elements.type.value = state.entityType;
  elements.id.value = state.entityId;
  elements.user.value = state.userId;
  elements.from.value = state.from;
  elements.to.value = state.to;
  const query = apiQuery();
  elements.export.href = `/api/audit/export${query.size ? `?${query}` : ''}`;
}

function render() {
  renderMessage();
  const entries = state.entries ?? [];
  elements.count.textContent = state.entries === null ? (state.error ? '' : t('audit.loading')) : plural('audit.count', entries.length);
  elements.table.hidden = state.entries !== null && entries.length === 0;
  elements.footer.textContent = state.entries === null ? ''
    : entries.length === 0 ? t('audit.empty') : entries.length >= limit ? t('audit.limited', { limit }) : '';
  fill(elements.rows, entries.map(row));
}

function row(entry) {
  const caller = entry.caller ?? {};
  return h('tr', { dataset: { testid: 'audit-row', entityType: entry.entityType, entityId: entry.entityId, action: entry.action, userId: caller.userId ?? '' } },
    h('td', { class: 'audit-when' }, h('time', { datetime: entry.at }, when(entry.at))),
    h('th', { scope: 'row', dataset: { testid: 'audit-who' } },
      h('span', { class: 'cell-strong' }, caller.displayName || caller.userId),
      h('span', { class: 'cell-sub' }, caller.userId)),
    h('td', { dataset: { testid: 'audit-department' } }, departmentName(caller.departmentId)),
    h('td', { dataset: { testid: 'audit-origin' } },
      h('span', {}, caller.origin ?? '—'),
      caller.userAgent ? h('span', { class: 'cell-sub', title: caller.userAgent }, shortAgent(caller.userAgent)) : null),
    h('td', { dataset: { testid: 'audit-what' } },
      h('span', { class: 'cell-strong' }, t(`audit.type.${entry.entityType}`), ' ', entry.entityId),
      h('span', { class: 'cell-sub' }, entry.action)),
    h('td', {},
      entry.changes?.length
        ? h('ul', { class: 'audit-changes', dataset: { testid: 'audit-changes' } }, entry.changes.map((change) =>
          h('li', {},
            h('span', { class: 'audit-field' }, change.field), ': ',
            h('span', { class: 'audit-before' }, changeValue(change.field, change.before)), ' → ',
            h('span', { class: 'audit-after' }, changeValue(change.field, change.after)))))
        : h('span', { class: 'muted' }, '—')));
}

function changeValue(field, value) {
  if (value === null || value === undefined) return '∅';
  return personFields.has(field) ? person(value) : value;
}

/** The browser and system of a User-Agent, short enough for a table cell ("Chrome 131 · Linux"). */
function shortAgent(agent) {
  const browser = /(Edg|Firefox|Chrome|Safari)\/(\d+)/.exec(agent);
  const system = /(Windows|Mac OS X|Android|iPhone|Linux)/.exec(agent);
  return [browser ? `${browser[1] === 'Edg' ? 'Edge' : browser[1]} ${browser[2]}` : agent.slice(0, 40), system?.[1]].filter(Boolean).join(' · ');
}

function renderMessage() {
  if (!state.error) {
    elements.message.hidden = true;
    elements.message.replaceChildren();
    return;
  }

  const { title, detail } = describe(state.error, 'audit.error');
  elements.message.hidden = false;
  fill(elements.message, icon('alert'),
    h('div', { class: 'message-text' }, h('p', { class: 'message-title', dataset: { testid: 'message-title' } }, title), detail ? h('p', { dataset: { testid: 'message-detail' } }, detail) : null),
    h('button', { type: 'button', class: 'button button-secondary', onclick: load }, t('error.retry')));
}

// ---- loading ---------------------------------------------------------------------------------------------

async function load() {
  loading?.abort();
  const controller = new AbortController();
  loading = controller;
  elements.table.setAttribute('aria-busy', 'true');
  try {
    const query = apiQuery();
    query.set('limit', String(limit));
    state.entries = await getJson(`/api/audit?${query}`, controller.signal);
    state.error = null;
  } catch (error) {
    if (error.name === 'AbortError') return;
    state.entries = null;
    state.error = error;
  } finally {
    if (loading === controller) elements.table.removeAttribute('aria-busy');
  }

  render();
}

// ---- events ----------------------------------------------------------------------------------------------

elements.form.addEventListener('submit', (event) => {
  event.preventDefault();
  state.entityType = elements.type.value;
  state.entityId = elements.id.value.trim();
  state.userId = elements.user.value.trim();
  state.from = elements.from.value;
  state.to = elements.to.value;
  writeFilters();
  renderFilters();
  load();
});

elements.type.addEventListener('change', () => elements.form.requestSubmit());

elements.clear.addEventListener('click', () => {
  Object.assign(state, { entityType: '', entityId: '', userId: '', from: '', to: '' });
  writeFilters();
  renderFilters();
  load();
});

// ---- start -----------------------------------------------------------------------------------------------

mountShell({ onLanguage: () => { renderFilters(); render(); } });
onNames(render); // changes naming people by id get their names
renderFilters();
render();
departments().then(render, () => {});
load();
