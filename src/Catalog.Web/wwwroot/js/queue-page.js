// Queue: the requests a provider department works on, what breaches first at the top, each row with the business time
// left on its most urgent clock and the actions its status allows. New requests, status changes, warnings and
// breaches arrive live; at risk and breached rows carry colour, an icon and words.
import { h, icon } from './dom.js';
import { collator, pick, plural, t } from './i18n.js';
import { clockName, everySecond, formatDuration, formatInstant, nextClock, readClock, serverNow, syncServerClock } from './clocks.js';
import { departments, knownDepartments, mountShell } from './shell.js';
import { current, department as myDepartment, me } from './identity.js';
import { followLive } from './live-page.js';
import { activeStatuses, listQueue, openStatuses, queueExportUrl } from './requests-api.js';
import { createRequestStore } from './request-store.js';
import { createRequestPanel, slaFlag, statusBadge } from './request-detail.js';
import { allowedFor, requestActions } from './request-actions.js';
import { describe } from './problems.js';
import { announce, exportLink as pointExportLink, fill, loadSelectedView, readHash, renderLoadError, renderSelected, setupAnnouncer } from './page-common.js';
import { nameOf, onNames, person } from './names.js';
import { decorateRow, forecastCompare, forecastKey, mountForecast } from './forecast-queue.js';

const filters = {
  open: openStatuses,
  todo: activeStatuses.filter((s) => s !== 'WaitingOnClient'),
  waiting: ['WaitingOnClient'],
  resolved: ['Resolved'],
  done: ['Closed', 'Cancelled'],
  all: null,
};

const elements = {
  title: document.getElementById('page-title'),
  subtitle: document.getElementById('page-subtitle'),
  tools: document.getElementById('page-tools'),
  providerField: document.getElementById('provider-field'),
  provider: document.getElementById('provider-filter'),
  form: document.getElementById('filters'),
  status: document.getElementById('status-filter'),
  counterpart: document.getElementById('counterpart'),
  flagged: document.getElementById('flagged'),
  count: document.getElementById('queue-count'),
  caption: document.getElementById('queue-caption'),
  message: document.getElementById('message'),
  table: document.getElementById('queue'),
  empty: document.getElementById('queue-empty'),
  detail: document.getElementById('detail'),
  workspace: document.getElementById('workspace'),
};

function readQuery() {
  const query = new URLSearchParams(location.search);
  const status = query.get('status');
  return {
    department: query.get('department') || null,
    counterpart: query.get('counterpart') || '',
    status: status && status in filters ? status : 'open',
    flagged: query.get('flagged') === '1',
  };
}

const state = { ...readQuery(), selected: readHash('request'), loaded: false, error: null, total: 0, truncated: false, detailError: null };
/** Auditors may look at any department's queue; everyone else works in their own (the server refuses the others). */
const mayPick = () => Boolean(current()?.auditor);
const provider = () => (mayPick() && state.department) || myDepartment();
/** Whether the person works the queue on screen (an agent or a manager of its department). */
const worksHere = () => provider() === myDepartment() && ['Agent', 'Manager'].includes(current()?.role);
let following = null; // the department whose queue is on screen and followed live
const departmentName = (id) => pick(knownDepartments().find((d) => d.id === id)?.name) || id;
const rows = new Map(); // id → { body, key, actions }
const fresh = new Set(); // requests that arrived live, marked "New" for a while

/** What the person may do on a request of the queue: the provider's actions when they work here, nothing otherwise. */
const actionsFor = (summary) => (worksHere() ? summary.providerActions ?? allowedFor(summary.status) : []);
/** The summary as a reading of its clocks, when the server read them (hub snapshots and events), else null. */
const readingOf = (summary) => (summary.asOf && summary.clocks ? summary : null);

const store = createRequestStore({ onChange: () => scheduleRender(), role: 'provider', actionsFor });
const panel = createRequestPanel(elements.detail, {
  role: 'provider',
  departmentName,
  describe,
  onClose: () => select(null),
  onChanged: (view) => store.applyView(view),
});

// ---- rendering -------------------------------------------------------------------------------------------

let renderQueued = false;
function scheduleRender() {
  if (renderQueued) return;
  renderQueued = true;
  queueMicrotask(() => {
    renderQueued = false;
    render();
  });
}

const time = (iso) => (iso ? Date.parse(iso) : Infinity);

function matches(summary) {
  const statuses = filters[state.status];
  return summary.providerDepartmentId === provider()
    && (!statuses || statuses.includes(summary.status))
    && (!state.counterpart || summary.clientDepartmentId === state.counterpart)
    && (!state.flagged || summary.atRisk || summary.breached);
}

/** Queue order, as the server sorts: next due instant (none last), then the oldest filing, then the id. */
function visible() {
  return [...store.summaries.values()].filter(matches)
    .sort((a, b) => forecastCompare(a, b) || time(a.nextDueAt) - time(b.nextDueAt) || time(a.filedAt) - time(b.filedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function render() {
  const name = provider() ? departmentName(provider()) : '…';
  elements.title.textContent = t('queue.heading', { department: name });
  elements.subtitle.textContent = t('queue.subtitle');
  elements.caption.textContent = t('queue.caption', { department: name });
  renderExport();
  renderMessage();
  const items = visible();
  elements.count.textContent = state.loaded ? plural('queue.count', items.length) : t('queue.loading');

  const seen = new Set();
  const bodies = items.map((summary) => {
    seen.add(summary.id);
    const view = readingOf(summary);
    const key = [summary.updatedAt, summary.status, summary.atRisk, summary.breached, summary.asOf ?? '', summary.pauseReason ?? '', (summary.providerActions ?? []).join(), state.selected === summary.id, fresh.has(summary.id), document.documentElement.lang, knownDepartments().length, nameOf(summary.requester), forecastKey(summary.id)].join('|');
    let entry = rows.get(summary.id);
    if (!entry) {
      entry = { body: h('tbody', { class: 'queue-item', dataset: { testid: 'queue-row', requestId: summary.id } }), key: null, actions: null };
      rows.set(summary.id, entry);
    }
    if (entry.key !== key) {
      fillRow(entry, summary, view);
      entry.key = key;
    }
    return entry.body;
  });

  for (const [id, entry] of rows) {
    if (!seen.has(id)) {
      entry.body.remove();
      rows.delete(id);
    }
  }

  // Move only what moved, so a row being typed in keeps its focus.
  const head = elements.table.tHead;
  let previous = head;
  for (const body of bodies) {
    if (previous.nextElementSibling !== body) previous.after(body);
    previous = body;
  }

  elements.table.hidden = state.loaded && items.length === 0;
  fill(elements.empty, state.loaded && items.length === 0 && !state.error
    ? h('div', { class: 'empty', dataset: { testid: 'empty-state' } }, icon('check'),
      h('p', { class: 'empty-title' }, t(state.status === 'open' && !state.counterpart && !state.flagged ? 'queue.empty' : 'queue.emptyFiltered')),
      h('p', { class: 'empty-detail' }, t('queue.emptyDetail')))
    : []);
  renderPanel();
}

function fillRow(entry, summary, view) {
  const { body } = entry;
  const flag = slaFlag(summary, view);
  const flagStatus = flag.dataset.status;
  body.className = `queue-item row-${flagStatus}${state.selected === summary.id ? ' is-open' : ''}`;
  body.dataset.status = summary.status;
  body.dataset.sla = flagStatus;

  if (!entry.actions) {
    // Built once per row: the buttons keep their focus and the forms their text across live updates.
    entry.actions = requestActions({ role: 'provider', describe, onDone: (next) => store.applyView(next) });
    entry.cells = ['col-due', 'col-request', 'col-client', 'col-status', 'col-sla'].map((name) =>
      h(name === 'col-request' ? 'th' : 'td', { class: name, scope: name === 'col-request' ? 'row' : null }));
    entry.main = h('tr', { class: 'queue-row' }, entry.cells, h('td', { class: 'col-actions' }, entry.actions.buttons));
    entry.forms = h('tr', { class: 'row-forms' }, h('td', { colspan: '6' }, entry.actions.forms));
    body.append(entry.main, entry.forms);
  }

  const focused = entry.actions.buttons.contains(document.activeElement) ? document.activeElement : null;
  // The provider's actions the server sent with the summary, to the provider's agents and managers only.
  entry.actions.update({ ...summary, allowedActions: actionsFor(summary) });
  if (focused?.hidden) {
    (entry.actions.buttons.querySelector('button:not([hidden])') ?? entry.cells[1].querySelector('a'))?.focus();
  }

  const isNew = fresh.has(summary.id);
  const [dueCell, requestCell, clientCell, statusCell, slaCell] = entry.cells;
  fill(dueCell, due(summary, view));
  fill(requestCell,
    h('a', { class: 'request-open', href: `#request=${encodeURIComponent(summary.id)}`, dataset: { requestId: summary.id, testid: 'open-request' } },
      h('span', { class: 'request-id' }, summary.id),
      h('span', { class: 'request-row-title' }, summary.title)),
    isNew ? h('span', { class: 'badge badge-new', dataset: { testid: 'new-badge' } }, icon('plus'), t('queue.new')) : null,
    summary.awaitingApproval ? h('span', { class: 'badge badge-approval', dataset: { testid: 'approval-badge' } }, t('approvals.badge')) : null,
    h('span', { class: 'request-row-service' }, pick(summary.serviceName)),
    // On a narrow screen the status column folds into this cell.
    h('span', { class: 'request-row-status' }, compactStatus(summary.status), ' ', untested(slaFlag(summary, view))));
  fill(clientCell,
    h('span', { class: 'request-row-client' }, departmentName(summary.clientDepartmentId)),
    person(summary.requester, { class: 'request-row-requester', dataset: { testid: 'requester' } }));
  fill(statusCell, statusBadge(summary.status),
    summary.status === 'WaitingOnClient' && summary.pauseReason ? h('span', { class: 'request-row-reason' }, t(`pause.${summary.pauseReason}`)) : null);
  fill(slaCell, flag);
  decorateRow(body, slaCell, summary.id);
}

/** The status badge repeated in the request cell for narrow screens (the column's own badge is the one tests read). */
function compactStatus(status) {
  return untested(statusBadge(status));
}

function untested(element) {
  delete element.dataset.testid;
  return element;
}

/** The due cell: the most urgent running clock's business time left (live), or the next due instant. */
function due(summary, view) {
  const cell = h('div', { class: 'due', dataset: { testid: 'due' } });
  const clock = view ? nextClock(view) : null;
  if (!clock) {
    const paused = summary.status === 'WaitingOnClient';
    cell.append(h('span', { class: 'due-value muted' }, paused ? t('queue.paused') : summary.nextDueAt ? formatInstant(summary.nextDueAt) : '—'));
    if (paused) cell.prepend(icon('pause'));
    return cell;
  }

  const theirs = clock.kind === 'ClientResponse'; // waiting on the client: their clock runs, ours are paused
  if (theirs) cell.append(icon('pause'));
  const value = h('span', { class: 'due-value', role: 'timer' });
  const detail = h('span', { class: 'due-detail' });
  cell.append(value, detail);
  everySecond(cell, () => {
    const now = serverNow();
    const { remaining } = readClock(clock, view.asOf, now);
    const key = theirs ? (remaining > 0 ? 'queue.clientHas' : 'queue.clientLate') : (remaining > 0 ? 'clock.left' : 'clock.overdue');
    const text = t(key, { time: formatDuration(remaining) });
    if (value.textContent !== text) value.textContent = text;
    cell.dataset.overdue = String(remaining <= 0);
    const detailText = `${clockName(clock.kind, 'provider')} · ${t('clock.due', { date: formatInstant(clock.dueAt) })}`;
    if (detail.textContent !== detailText) detail.textContent = detailText;
  });
  return cell;
}

/** "Export CSV" with the filters on screen (the server filters by status and client department). */
function renderExport() {
  if (!provider()) return;
  const statuses = filters[state.status];
  exportLink = pointExportLink(elements.tools, exportLink,
    queueExportUrl('provider', provider(), { status: statuses ?? undefined, counterpart: state.counterpart || undefined }));
}

let exportLink = null;

function renderMessage() {
  renderLoadError(elements.message, state.error, 'queue.error', () => load());
}

function renderPanel() {
  renderSelected(elements, state.selected, { store, panel, detailError: state.detailError });
}

function renderFilters() {
  elements.providerField.hidden = !mayPick();
  if (mayPick()) {
    const all = [...knownDepartments()].sort((a, b) => collator().compare(pick(a.name), pick(b.name)));
    fill(elements.provider, ...all.map((d) => h('option', { value: d.id }, pick(d.name))));
    if (provider() && !all.some((d) => d.id === provider())) elements.provider.append(h('option', { value: provider() }, provider()));
    elements.provider.value = provider() ?? '';
  }
  fill(elements.status, ...Object.keys(filters).map((key) => h('option', { value: key }, t(`queue.filter.${key}`))));
  elements.status.value = state.status;
  const sorted = [...knownDepartments()].sort((a, b) => collator().compare(pick(a.name), pick(b.name)));
  fill(elements.counterpart,
    h('option', { value: '' }, t('queue.counterpart.all')),
    ...sorted.map((d) => h('option', { value: d.id }, pick(d.name))));
  if (state.counterpart && !sorted.some((d) => d.id === state.counterpart)) {
    elements.counterpart.append(h('option', { value: state.counterpart }, state.counterpart));
  }
  elements.counterpart.value = state.counterpart;
  elements.flagged.checked = state.flagged;
}

// ---- loading ---------------------------------------------------------------------------------------------

/**
 * Reads the queue over HTTP: while the hub is away (every few seconds, replacing what is shown), or to add what a
 * snapshot left out (more requests than it holds; merged). A listing's rows carry no clock reading: they show their
 * due instant until the next snapshot or event reads their clocks.
 */
async function load({ merge = false } = {}) {
  const department = provider();
  if (!department) return;
  try {
    // Everything of the department: the filters apply in the page, so live events can move rows in and out.
    const page = await listQueue('provider', department, { status: filters[state.status] ?? undefined, counterpart: state.counterpart || undefined, limit: 500 });
    if (department !== provider()) return;
    state.error = null;
    state.total = page.total;
    state.loaded = true;
    if (merge) store.merge(page.items ?? []);
    else store.replace(page.items ?? []);
    if (state.selected && !store.views.has(state.selected)) loadSelected();
  } catch (error) {
    state.error = error;
    state.loaded = true;
    render();
  }
}

/** The hub's snapshot: the queue, its clocks read by the server. It holds the most urgent requests; a longer queue is completed over HTTP. */
function applySnapshot(snapshot) {
  if (!snapshot) return;
  const items = snapshot.items ?? [];
  state.loaded = true;
  state.error = null;
  state.truncated = snapshot.total > items.length;
  store.replace(items);
  if (state.truncated) load({ merge: true });
  if (state.selected && !store.views.has(state.selected)) loadSelected();
}

function loadSelected() {
  loadSelectedView(store, state, renderPanel);
}

function onEvents(events) {
  const notes = [];
  for (const event of events) {
    if (event.providerDepartmentId !== provider()) continue;
    store.applyEvent(event);
    if (event.type === 'filed') {
      fresh.add(event.requestId);
      setTimeout(() => { fresh.delete(event.requestId); scheduleRender(); }, 120_000);
      notes.push(t('announce.newRequest', { id: event.requestId, department: departmentName(event.clientDepartmentId) }));
    } else if (event.type === 'breached') {
      notes.push(t('announce.breached', { id: event.requestId, clock: t(`clock.${event.clock}`) }));
    } else if (event.type === 'atRisk') {
      notes.push(t('announce.atRisk', { id: event.requestId, clock: t(`clock.${event.clock}`) }));
    }
  }

  if (notes.length) announce(notes.join(' '));
  scheduleRender();
}

// ---- actions ---------------------------------------------------------------------------------------------

function select(id, { focus = true } = {}) {
  const previous = state.selected;
  state.selected = id;
  const url = `${location.pathname}${location.search}${id ? `#request=${encodeURIComponent(id)}` : ''}`;
  if (`${location.pathname}${location.search}${location.hash}` !== url) history.pushState(null, '', url);
  if (id) loadSelected();
  render();
  if (id && focus) panel.focusTitle();
  if (!id && focus && previous) elements.table.querySelector(`.request-open[data-request-id="${CSS.escape(previous)}"]`)?.focus();
}

function writeQuery() {
  const query = new URLSearchParams();
  if (mayPick() && state.department && state.department !== myDepartment()) query.set('department', state.department);
  if (state.counterpart) query.set('counterpart', state.counterpart);
  if (state.status !== 'open') query.set('status', state.status);
  if (state.flagged) query.set('flagged', '1');
  const search = query.toString();
  history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
}

elements.table.addEventListener('click', (event) => {
  const link = event.target.closest('.request-open');
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  fresh.delete(link.dataset.requestId);
  select(link.dataset.requestId);
});

elements.form.addEventListener('submit', (event) => event.preventDefault());
elements.provider.addEventListener('change', () => {
  state.department = elements.provider.value;
  writeQuery();
  follow();
});
// The snapshot holds the whole queue unless it is long: only then does another filter need the server's listing.
const refilter = () => (state.truncated ? load({ merge: true }) : render());
elements.status.addEventListener('change', () => { state.status = elements.status.value; writeQuery(); refilter(); });
elements.counterpart.addEventListener('change', () => { state.counterpart = elements.counterpart.value; writeQuery(); refilter(); });
elements.flagged.addEventListener('change', () => { state.flagged = elements.flagged.checked; writeQuery(); render(); });

window.addEventListener('popstate', () => {
  state.selected = readHash('request');
  if (state.selected) loadSelected();
  render();
});

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && state.selected && !event.defaultPrevented && !(event.target instanceof HTMLTextAreaElement)) {
    event.preventDefault();
    select(null);
  }
});

/** Shows and follows the queue of provider() when it is not the one on screen. */
function follow() {
  if (provider() === following) { render(); return; }
  const switching = following !== null;
  following = provider();
  mountForecast(following, elements.tools, scheduleRender);
  state.loaded = false;
  store.replace([]);
  if (switching) select(null, { focus: false });
  if (live) {
    live.follow({ department: following, role: 'provider' });
  } else {
    live = followLive({ target: { department: following, role: 'provider' }, onSnapshot: applySnapshot, onEvents, refresh: () => load() });
    elements.tools.append(live.status);
  }
}

// ---- start -----------------------------------------------------------------------------------------------

mountShell({
  onLanguage: () => {
    for (const entry of rows.values()) entry.body.remove();
    rows.clear();
    panel.reset();
    renderFilters();
    live?.rerender();
    render();
  },
});
setupAnnouncer();
renderFilters();
onNames(scheduleRender); // rows showing ids get their people's names

let live = null;
render();
syncServerClock().catch(() => {});
departments().then(() => { renderFilters(); render(); }, () => {});
me().then((person) => {
  if (!person.departmentId && !person.auditor) {
    state.loaded = true;
    state.error = new Error(t('account.noDepartmentDetail'));
    render();
    return;
  }

  // Only an auditor's address may name another department's queue: anyone else sees their own.
  if (!person.auditor && state.department) {
    state.department = null;
    writeQuery();
  }
  state.department ||= person.departmentId;
  renderFilters();
  follow();
}, (error) => {
  state.error = error;
  state.loaded = true;
  render();
});
